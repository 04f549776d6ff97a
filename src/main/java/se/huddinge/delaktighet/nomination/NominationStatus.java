package se.huddinge.delaktighet.nomination;

/** Where a nomination stands: it counts once confirmed before the deadline. */
public enum NominationStatus { AWAITING_CONFIRMATION, CONFIRMED, TOO_LATE }
