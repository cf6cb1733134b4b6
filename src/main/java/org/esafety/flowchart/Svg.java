package org.esafety.flowchart;

import java.util.Arrays;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Small helpers over the XML writer: elements with attributes given as name, value pairs. */
final class Svg {

    private Svg() {
    }

    static void element(XMLStreamWriter xml, String name, String text, String... attributes)
            throws XMLStreamException {
        xml.writeStartElement(name);
        attributes(xml, attributes);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    static void empty(XMLStreamWriter xml, String name, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(name);
        attributes(xml, attributes);
    }

    static void attributes(XMLStreamWriter xml, String... namesAndValues) throws XMLStreamException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            xml.writeAttribute(namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
