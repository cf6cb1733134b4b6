package org.esafety.flowchart;

import java.util.Arrays;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.esafety.flowchart.Layout.Box;

/** Small helpers over the XML writer: elements with attributes given as name, value pairs, and shapes. */
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

    /** The points of a question's six-sided shape, pointed at the left and right. */
    static String hexagon(Box b) {
        int r = b.x() + b.width();
        int bottom = b.y() + b.height();
        return (b.x() + 12) + "," + b.y() + " " + (r - 12) + "," + b.y() + " " + r + "," + b.centreY() + " "
                + (r - 12) + "," + bottom + " " + (b.x() + 12) + "," + bottom + " " + b.x() + "," + b.centreY();
    }

    /** A rectangle's attributes filling {@code b}, with corners of {@code radius}. */
    static String[] rect(Box b, int radius) {
        return new String[] {"x", String.valueOf(b.x()), "y", String.valueOf(b.y()), "width", String.valueOf(b.width()),
            "height", String.valueOf(b.height()), "rx", String.valueOf(radius)};
    }
}
