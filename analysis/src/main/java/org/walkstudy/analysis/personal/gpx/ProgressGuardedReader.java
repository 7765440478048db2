package org.walkstudy.analysis.personal.gpx;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The stream reader handed to jpx. jpx 3.2.1's element reader only advances on the events it expects: a
 * processing instruction inside an element (found by fuzzing: {@code <name>a<?pi?>b</name>}) makes it spin on
 * one event for ever, and a comment inside an element ends the read early ("Premature end of file"). So
 * comments and processing instructions, which carry no GPX data, are skipped here; and should any other
 * event stall jpx, asking for the same event more than {@link #MAX_LOOKS_WITHOUT_PROGRESS} times without
 * moving on fails the read with the position instead of hanging.
 */
final class ProgressGuardedReader extends StreamReaderDelegate {
    /** A reader looks at the current event a handful of times; a hundred thousand looks means a loop. */
    static final int MAX_LOOKS_WITHOUT_PROGRESS = 100_000;

    private int looksWithoutProgress;

    ProgressGuardedReader(XMLStreamReader reader) throws XMLStreamException {
        super(reader);
        skipEventsWithoutData();
    }

    @Override
    public int next() throws XMLStreamException {
        looksWithoutProgress = 0;
        super.next();
        return skipEventsWithoutData();
    }

    @Override
    public int nextTag() throws XMLStreamException {
        looksWithoutProgress = 0;
        return super.nextTag();
    }

    @Override
    public int getEventType() {
        if (++looksWithoutProgress > MAX_LOOKS_WITHOUT_PROGRESS) {
            Location at = getLocation();
            throw new IllegalStateException("the GPX reader stopped making progress at line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber() + " (" + describe(super.getEventType())
                    + "): the file's structure is not one it can read");
        }
        return super.getEventType();
    }

    private int skipEventsWithoutData() throws XMLStreamException {
        int event = super.getEventType();
        while ((event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.PROCESSING_INSTRUCTION)
                && super.hasNext()) {
            event = super.next();
        }
        return event;
    }

    private String describe(int event) {
        return switch (event) {
            case XMLStreamConstants.START_ELEMENT -> "<" + getLocalName() + ">";
            case XMLStreamConstants.END_ELEMENT -> "</" + getLocalName() + ">";
            case XMLStreamConstants.END_DOCUMENT -> "end of file";
            default -> "XML event " + event;
        };
    }
}
