package org.reex.stats;

import java.util.List;

/** The answer of /stats/recovery: the rows in group-key order and the totals over all of them. */
public record RecoveryTable(String from, String to, boolean oxide, List<GroupKey> groupBy, List<RecoveryRow> rows,
                            RecoveryRow totals) {
}
