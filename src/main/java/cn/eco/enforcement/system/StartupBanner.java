package cn.eco.enforcement.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go next. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final boolean demo;

	private final String hj212;

	StartupBanner(@Value("${app.demo.enabled:false}") boolean demo, @Value("${hj212.enabled:true}") boolean hj212Enabled,
			@Value("${hj212.port:9212}") int hj212Port) {
		this.demo = demo;
		this.hj212 = hj212Enabled ? "端口 " + hj212Port : "未启用";
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		String base = "http://localhost:" + web.getWebServer().getPort();
		log.info("""

				==================== 环境执法闭环系统已启动 ====================
				  Tasklist（任务列表）: {}/camunda/app/tasklist/
				  Cockpit（流程监控）:  {}/camunda/app/cockpit/
				  Admin（用户与权限）:  {}/camunda/app/admin/
				  引擎 REST API:        {}/engine-rest   (HTTP Basic)
				  业务 API:             {}/api/alarms, {}/api/enterprises   (HTTP Basic)
				  API 文档（工作人员）: {}/swagger-ui.html, {}/v3/api-docs
				  HJ 212 数采仪接入:    TCP {}
				  {}
				================================================================""", base, base, base, base, base, base, base, base, hj212,
				demo ? "演示模式：账号 demo/demo（管理员）；执法人员 wangqiang/wangqiang，中队长 chenjun/chenjun，审计 zhoumin/zhoumin"
						: "生产模式：管理员账号 admin，密码来自 APP_ADMIN_PASSWORD");
	}

}
