package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import cn.eco.enforcement.casework.internal.CaseFiling;
import cn.eco.enforcement.casework.internal.CaseFiling.ConfirmedViolation;
import cn.eco.enforcement.casework.internal.CaseFiling.FiledCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Hands a reviewed, confirmed violation to {@code case-filing} under the loop's business key. */
@Component
class OpenCaseFilingDelegate implements JavaDelegate {

	private final CaseFiling caseFiling;

	OpenCaseFilingDelegate(CaseFiling caseFiling) {
		this.caseFiling = caseFiling;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables loop = LoopVariables.of(execution);
		String summary = loop.text(ALARM_SUMMARY) + "\n现场/核查情况：" + firstPresent(loop.text(FINDINGS),
				loop.text(INSPECTION_RECORD), loop.text(VERIFICATION_FINDINGS)) + "\n处置反馈：" + loop.text(FEEDBACK_SUMMARY);
		FiledCase filed = caseFiling.submitForFiling(new ConfirmedViolation(loop.alarmId(),
				execution.getProcessBusinessKey(), loop.text(ENTERPRISE_CODE), loop.text(ENTERPRISE_NAME),
				loop.text(HANDLER), loop.text("companionInspector"), summary, loop.flag("dataFalsified")));
		loop.set(CASE_ID, filed.caseId());
		loop.set(CASE_NUMBER, filed.leadNumber());
		loop.set(CASE_PROCESS_INSTANCE_ID, filed.processInstanceId());
	}

	private static String firstPresent(String... texts) {
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				return text;
			}
		}
		return "—";
	}

}
