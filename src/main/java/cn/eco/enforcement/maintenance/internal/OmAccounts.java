package cn.eco.enforcement.maintenance.internal;

import cn.eco.enforcement.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One Camunda group per inspection company ({@code om-company-<code>}) and, in demo mode, an account
 * for every inspector of {@code om_inspector} (password = user id) in the role group
 * {@link Roles#OM_INSPECTORS} and its company's group. Idempotent, so it runs on every start.
 */
@Component
class OmAccounts {

	private static final Logger log = LoggerFactory.getLogger(OmAccounts.class);

	private final IdentityService identity;

	private final OmContracts contracts;

	private final boolean demo;

	OmAccounts(IdentityService identity, OmContracts contracts, @Value("${app.demo.enabled:false}") boolean demo) {
		this.identity = identity;
		this.contracts = contracts;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureGroupsAndAccounts() {
		ensureGroup(Roles.OM_INSPECTORS, "第三方运维巡检");
		for (String company : contracts.companyCodes()) {
			ensureGroup(OmContracts.groupOf(company), contracts.companyName(company));
		}
		if (!demo) {
			return;
		}
		for (OmContracts.OmInspector inspector : contracts.inspectors()) {
			if (identity.createUserQuery().userId(inspector.userId()).count() == 0) {
				User user = identity.newUser(inspector.userId());
				user.setFirstName(inspector.name().substring(0, 1));
				user.setLastName(inspector.name().substring(1));
				user.setEmail(inspector.email());
				user.setPassword(inspector.userId());
				((IdentityServiceImpl) identity).saveUser(user, true);
				log.info("Created O&M inspector account {} ({})", inspector.userId(), inspector.name());
			}
			for (String group : new String[] { Roles.OM_INSPECTORS, OmContracts.groupOf(inspector.companyCode()) }) {
				if (identity.createUserQuery().userId(inspector.userId()).memberOfGroup(group).count() == 0) {
					identity.createMembership(inspector.userId(), group);
				}
			}
		}
	}

	private void ensureGroup(String id, String name) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			var group = identity.newGroup(id);
			group.setName(name);
			group.setType("WORKFLOW");
			identity.saveGroup(group);
		}
	}

}
