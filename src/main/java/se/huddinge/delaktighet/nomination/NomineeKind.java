package se.huddinge.delaktighet.nomination;

/** Who is nominated. */
public enum NomineeKind { PERSON, GROUP, ASSOCIATION, ORGANISATION }
