/** My work starts each group with this many milestones; "Show all" asks for the rest of that group. */
export const MY_WORK_FIRST_ROWS = 25;

/** The variables of the page's first load: every group at its first rows. */
export const myWorkFirstLoad = { overdueFirst: MY_WORK_FIRST_ROWS, thisWeekFirst: MY_WORK_FIRST_ROWS, laterFirst: MY_WORK_FIRST_ROWS };
