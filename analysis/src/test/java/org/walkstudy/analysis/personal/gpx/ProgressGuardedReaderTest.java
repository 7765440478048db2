package org.walkstudy.analysis.personal.gpx;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

class ProgressGuardedReaderTest {
    static XMLStreamReader guarded(String xml) throws XMLStreamException {
        return new HardenedXmlProvider().xmlInputFactory().createXMLStreamReader(new StringReader(xml));
    }

    @Test
    void aConsumerThatNeverMovesOnIsStoppedWithThePosition() throws XMLStreamException {
        XMLStreamReader r = guarded("<a>\n  <b/>\n</a>");
        r.next();
        r.next(); // whitespace
        r.next(); // <b>, line 2
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            while (true) {
                r.getEventType(); // the shape of jpx's loop on an event it does not handle
            }
        });
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("<b>"), e.getMessage());
    }

    @Test
    void movingOnResetsTheCount() throws XMLStreamException {
        XMLStreamReader r = guarded("<a>" + "<b/>".repeat(10) + "</a>");
        int elements = 0;
        while (r.hasNext()) {
            for (int look = 0; look < ProgressGuardedReader.MAX_LOOKS_WITHOUT_PROGRESS; look++) {
                r.getEventType();
            }
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                elements++;
            }
        }
        assertEquals(11, elements);
    }

    @Test
    void commentsAndProcessingInstructionsAreSkipped() throws XMLStreamException {
        XMLStreamReader r = guarded("<!--c--><?p?><a>x<!--c-->y<?p?></a>");
        StringBuilder events = new StringBuilder();
        while (r.hasNext()) {
            events.append(r.next()).append(' ');
        }
        assertFalse(events.toString().contains(XMLStreamConstants.COMMENT + " "), events.toString());
        assertFalse(events.toString().contains(XMLStreamConstants.PROCESSING_INSTRUCTION + " "), events.toString());
    }
}
