package org.esafety.flowchart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A rendered chart parsed as XML (so it must be well-formed), with the questions the tests ask of it. */
final class ParsedChart {

    static final String SVG = "http://www.w3.org/2000/svg";

    private final Document document;

    ParsedChart(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("the flowchart is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Every element of the chart, the root included. */
    List<Element> elements() {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    /** The ids of the lit steps. */
    Set<String> litSteps() {
        Set<String> ids = new TreeSet<>();
        for (Element e : elements()) {
            if (classes(e).contains("node") && classes(e).contains("lit")) {
                ids.add(e.getAttribute("data-step"));
            }
        }
        return ids;
    }

    /** The lit arrows, each as "from>to". */
    Set<String> litEdges() {
        Set<String> edges = new TreeSet<>();
        for (Element e : elements()) {
            if (classes(e).contains("edge") && classes(e).contains("lit")) {
                edges.add(e.getAttribute("data-from") + ">" + e.getAttribute("data-to"));
            }
        }
        return edges;
    }

    /** The text of one step, its lines joined by spaces, without the tick of a lit step. */
    String stepText(String id) {
        for (Element e : elements()) {
            if (id.equals(e.getAttribute("data-step"))) {
                NodeList spans = e.getElementsByTagNameNS(SVG, "tspan");
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < spans.getLength(); i++) {
                    lines.add(spans.item(i).getTextContent());
                }
                return String.join(" ", lines);
            }
        }
        throw new AssertionError("no step " + id);
    }

    static Set<String> classes(Element e) {
        return new TreeSet<>(Arrays.asList(e.getAttribute("class").trim().split("\\s+")));
    }
}
