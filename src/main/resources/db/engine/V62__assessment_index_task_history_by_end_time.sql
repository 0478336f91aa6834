-- The monthly inspector table reads completed tasks by end time, grouped and filtered by process,
-- task and assignee (module assessment). Until this migration the application created the index at
-- every start; IF NOT EXISTS keeps databases that already have it as they are.
CREATE INDEX IF NOT EXISTS stats_hi_task_end ON ACT_HI_TASKINST
    (END_TIME_, PROC_DEF_KEY_, TASK_DEF_KEY_, ASSIGNEE_, PROC_INST_ID_);
