-- Completing a task looks up its sub-tasks by ACT_RU_TASK.PARENT_TASK_ID_, which the engine's own
-- PostgreSQL schema does not index: with a few hundred thousand open tasks every completion became
-- a sequential scan (STACK.md gotcha 8: ~184/s fell to ~9/s; with this index ~210/s).
CREATE INDEX IF NOT EXISTS act_idx_task_parent_task ON act_ru_task (parent_task_id_);
