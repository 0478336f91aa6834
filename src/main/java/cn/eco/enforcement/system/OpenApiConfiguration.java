package cn.eco.enforcement.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description of {@code /api} ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}) for staff: Chinese title, one tag per module, named after the module the
 * controller lives in, so a new controller lands under its module's tag without annotations. Camunda's
 * engine REST API (Jersey), the webapps and actuator are not part of it (see {@code springdoc.*} in
 * application.yml).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String BASE_PACKAGE = "cn.eco.enforcement.";

	private static final String BASIC = "basicAuth";

	/** Module package → tag name and description, in the order Swagger UI lists them. */
	static final Map<String, Tag> MODULE_TAGS = tags(
			"alarm", "告警", "告警接入与查询（在线监测、视频、秸秆焚烧、信访投诉等来源）及其证据",
			"casework", "案件办理", "立案查处、案卷、证据、改派与流程部署申请",
			"enterprise", "企业", "企业名录、正面清单、二维码",
			"dossier", "一企一档", "企业档案",
			"monitoring", "在线监测", "监测设备、监测数据、HJ 212 接入",
			"maintenance", "第三方巡检", "自动监控设施的第三方运维巡检",
			"grid", "网格", "网格与乡镇边界",
			"map", "执法一张图", "地图标注",
			"assessment", "统计与考核", "月度统计、考核与双随机抽查",
			"identity", "账号", "当前用户与人员名称",
			"sharing", "数据共享", "供其他部门读取的共享数据（只读、不含个人信息）与读取记录",
			"disclosure", "信息公开", "企业公开信息与公众举报");

	@Bean
	OpenAPI enforcementOpenApi() {
		return new OpenAPI()
			.info(new Info().title("襄阳市生态环境局 环境执法闭环系统 API")
				.version("v1")
				.description("环境执法闭环系统的业务接口（/api）。所有接口均需 HTTP Basic 登录，各角色只能调用其职责所需的接口；"
						+ "错误以 problem+json 返回，400 时 errors 列出每个不合要求的字段。Camunda 引擎接口（/engine-rest）不在此列。"))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic").description("用户名与密码")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC))
			.tags(List.copyOf(MODULE_TAGS.values()));
	}

	/** Every operation is tagged with its controller's module, replacing springdoc's per-controller tags. */
	@Bean
	OperationCustomizer moduleTags() {
		return (operation, handler) -> {
			String module = moduleOf(handler.getBeanType().getPackageName());
			Tag tag = MODULE_TAGS.get(module);
			operation.setTags(List.of(tag == null ? module : tag.getName()));
			return operation;
		};
	}

	private static String moduleOf(String packageName) {
		String rest = packageName.startsWith(BASE_PACKAGE) ? packageName.substring(BASE_PACKAGE.length()) : packageName;
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

	private static Map<String, Tag> tags(String... moduleNameDescription) {
		Map<String, Tag> tags = new LinkedHashMap<>();
		for (int i = 0; i < moduleNameDescription.length; i += 3) {
			tags.put(moduleNameDescription[i],
					new Tag().name(moduleNameDescription[i + 1]).description(moduleNameDescription[i + 2]));
		}
		return tags;
	}

}
