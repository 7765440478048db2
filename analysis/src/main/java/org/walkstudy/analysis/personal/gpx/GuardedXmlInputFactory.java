package org.walkstudy.analysis.personal.gpx;

import java.io.InputStream;
import java.io.Reader;

import javax.xml.stream.EventFilter;
import javax.xml.stream.StreamFilter;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLReporter;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.XMLEventAllocator;
import javax.xml.transform.Source;

/**
 * A hardened StAX factory whose stream readers are {@link ProgressGuardedReader}s. jpx takes its factory from
 * {@link HardenedXmlProvider} and creates every reader through it, so this is where the guard goes in; the
 * rest delegates unchanged.
 */
final class GuardedXmlInputFactory extends XMLInputFactory {
    private final XMLInputFactory hardened;

    GuardedXmlInputFactory(XMLInputFactory hardened) {
        this.hardened = hardened;
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Reader reader) throws XMLStreamException {
        return new ProgressGuardedReader(hardened.createXMLStreamReader(reader));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Source source) throws XMLStreamException {
        return new ProgressGuardedReader(hardened.createXMLStreamReader(source));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream stream) throws XMLStreamException {
        return new ProgressGuardedReader(hardened.createXMLStreamReader(stream));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream stream, String encoding) throws XMLStreamException {
        return new ProgressGuardedReader(hardened.createXMLStreamReader(stream, encoding));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(String systemId, InputStream stream) throws XMLStreamException {
        return new ProgressGuardedReader(hardened.createXMLStreamReader(systemId, stream));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(String systemId, Reader reader) throws XMLStreamException {
        return new ProgressGuardedReader(hardened.createXMLStreamReader(systemId, reader));
    }

    @Override
    public XMLEventReader createXMLEventReader(Reader reader) throws XMLStreamException {
        return hardened.createXMLEventReader(createXMLStreamReader(reader));
    }

    @Override
    public XMLEventReader createXMLEventReader(String systemId, Reader reader) throws XMLStreamException {
        return hardened.createXMLEventReader(createXMLStreamReader(systemId, reader));
    }

    @Override
    public XMLEventReader createXMLEventReader(XMLStreamReader reader) throws XMLStreamException {
        return hardened.createXMLEventReader(reader);
    }

    @Override
    public XMLEventReader createXMLEventReader(Source source) throws XMLStreamException {
        return hardened.createXMLEventReader(createXMLStreamReader(source));
    }

    @Override
    public XMLEventReader createXMLEventReader(InputStream stream) throws XMLStreamException {
        return hardened.createXMLEventReader(createXMLStreamReader(stream));
    }

    @Override
    public XMLEventReader createXMLEventReader(InputStream stream, String encoding) throws XMLStreamException {
        return hardened.createXMLEventReader(createXMLStreamReader(stream, encoding));
    }

    @Override
    public XMLEventReader createXMLEventReader(String systemId, InputStream stream) throws XMLStreamException {
        return hardened.createXMLEventReader(createXMLStreamReader(systemId, stream));
    }

    @Override
    public XMLStreamReader createFilteredReader(XMLStreamReader reader, StreamFilter filter) throws XMLStreamException {
        return hardened.createFilteredReader(reader, filter);
    }

    @Override
    public XMLEventReader createFilteredReader(XMLEventReader reader, EventFilter filter) throws XMLStreamException {
        return hardened.createFilteredReader(reader, filter);
    }

    @Override
    public XMLResolver getXMLResolver() {
        return hardened.getXMLResolver();
    }

    @Override
    public void setXMLResolver(XMLResolver resolver) {
        hardened.setXMLResolver(resolver);
    }

    @Override
    public XMLReporter getXMLReporter() {
        return hardened.getXMLReporter();
    }

    @Override
    public void setXMLReporter(XMLReporter reporter) {
        hardened.setXMLReporter(reporter);
    }

    @Override
    public void setProperty(String name, Object value) {
        hardened.setProperty(name, value);
    }

    @Override
    public Object getProperty(String name) {
        return hardened.getProperty(name);
    }

    @Override
    public boolean isPropertySupported(String name) {
        return hardened.isPropertySupported(name);
    }

    @Override
    public void setEventAllocator(XMLEventAllocator allocator) {
        hardened.setEventAllocator(allocator);
    }

    @Override
    public XMLEventAllocator getEventAllocator() {
        return hardened.getEventAllocator();
    }
}
