package io.credence.source;

/** What sort of publisher a source is. */
public enum SourceKind {
    OUTLET,
    AGENCY,
    ORGANISATION,
    GOVERNMENT,
    PERSON,
    OTHER
}
