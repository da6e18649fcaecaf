package org.constable.personnel;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * When a change takes effect, when it was recorded and by whom (a police number): what every
 * history entry of one change shares.
 */
public record HistoryStamp(LocalDate effective, LocalDateTime recordedAt, String recordedBy) {}
