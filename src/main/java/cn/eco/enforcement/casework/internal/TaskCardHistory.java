package cn.eco.enforcement.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import org.springframework.stereotype.Component;

/**
 * Keeps the task cards' captions out of the history tables. The four card variables
 * ({@link TaskCaptions}) only repeat, for Tasklist's card, what the task's name and description and
 * the loop's own variables already record; with history {@code full} each would cost a row in
 * {@code ACT_HI_VARINST} and one in {@code ACT_HI_DETAIL} per task, and an update when the task ends —
 * a third of every task's history rows, for text no auditor reads. Every other history event,
 * including a process variable that happens to share a card variable's name, is written by the
 * engine's own database handler as before; the history level stays {@code full}.
 */
@Component
class TaskCardHistory extends AbstractProcessEnginePlugin {

	private static final Set<String> CARD_VARIABLES = Set.of(TaskCaptions.SUBJECT, TaskCaptions.TOWNSHIP,
			TaskCaptions.DUE, TaskCaptions.URGENCY);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (!configuration.isEnableDefaultDbHistoryEventHandler()) {
			return; // someone else decides how history is written
		}
		List<HistoryEventHandler> handlers = new ArrayList<>();
		handlers.add(new WithoutCardVariables());
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		configuration.setCustomHistoryEventHandlers(handlers);
	}

	/** Whether an event is a card variable's, set on a task by its card listener. */
	private static boolean isCardCaption(HistoryEvent event) {
		return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
				&& CARD_VARIABLES.contains(variable.getVariableName());
	}

	/** The engine's database handler, minus the card variables (its {@code handleEvents} calls this one by one). */
	private static final class WithoutCardVariables extends DbHistoryEventHandler {

		@Override
		public void handleEvent(HistoryEvent event) {
			if (!isCardCaption(event)) {
				super.handleEvent(event);
			}
		}

	}

}
