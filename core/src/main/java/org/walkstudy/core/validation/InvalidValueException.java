package org.walkstudy.core.validation;

/** A value that breaks a rule of the model; carries the field name so callers can point at a column. */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The model field (or CSV column) whose value was rejected. */
    public String field() {
        return field;
    }

    /** The message without the leading field name. */
    public String reason() {
        String m = getMessage();
        return m.substring(field.length() + 2);
    }
}
