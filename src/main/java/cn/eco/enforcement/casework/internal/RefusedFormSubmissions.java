package cn.eco.enforcement.casework.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.stereotype.Component;

/**
 * A form submitted in Tasklist that the work refuses (a listener or delegate throws
 * {@link BadUserRequestException}: 现场照片 合格 without a photo, a violation without photo evidence)
 * is answered 400 with the reason, not 500.
 *
 * <p>
 * Tasklist submits through the webapps' own copy of the engine REST API
 * ({@code /camunda/api/engine}), where {@link RefusedTaskSubmissions}' mapper is not registered, and
 * Camunda's {@code submit-form} answers every engine exception but a form-field validation failure
 * with 500. So a refusal of a form submission leaves the engine as a
 * {@link FormFieldValidationException} with the refusal's message (the refusal stays its cause),
 * which {@code submit-form} answers 400 on both doors; on {@code /engine-rest} the mapper then
 * answers with the refusal's own sentence, as before. The transaction has been rolled back by then,
 * as for any refusal.
 */
@Component
class RefusedFormSubmissions extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		interceptors.add(new CommandInterceptor() {
			@Override
			public <T> T execute(Command<T> command) {
				if (!(command instanceof SubmitTaskFormCmd)) {
					return next.execute(command);
				}
				try {
					return next.execute(command);
				}
				catch (ProcessEngineException failure) {
					// a task listener's refusal arrives wrapped (ENGINE-03051 …)
					BadUserRequestException refusal = RefusedTaskSubmissions.refusalIn(failure);
					if (refusal == null) {
						throw failure;
					}
					throw new FormFieldValidationException(null, refusal.getMessage(), failure);
				}
			}
		});
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

}
