package org.walkstudy.analysis.personal.gpx;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;

import io.jenetics.jpx.XMLProvider;

/**
 * jpx's XML factories with DTDs and external entities switched off: jpx's default factory is not hardened,
 * and a GPX file from the internet must not make walkstudy read local files (XXE). Its stream readers also keep
 * jpx from looping on events it does not expect ({@link ProgressGuardedReader}). Registered in
 * META-INF/services/io.jenetics.jpx.XMLProvider, which jpx loads once per JVM.
 */
public final class HardenedXmlProvider extends XMLProvider {
    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public HardenedXmlProvider() {
        super();
    }

    @Override
    public XMLInputFactory xmlInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        // Belt and braces: should anything still ask for an external resource, it gets nothing.
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> new ByteArrayInputStream(new byte[0]));
        return new GuardedXmlInputFactory(f);
    }

    @Override
    public DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        return f;
    }
}
