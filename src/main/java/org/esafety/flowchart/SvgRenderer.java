package org.esafety.flowchart;

import static org.esafety.flowchart.Svg.attributes;
import static org.esafety.flowchart.Svg.concat;
import static org.esafety.flowchart.Svg.element;
import static org.esafety.flowchart.Svg.empty;
import static org.esafety.flowchart.Svg.hexagon;
import static org.esafety.flowchart.Svg.rect;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.esafety.flowchart.FlowchartSpec.Edge;
import org.esafety.flowchart.FlowchartSpec.Node;
import org.esafety.flowchart.Layout.Box;
import org.esafety.flowchart.Layout.Point;

/**
 * Writes the chart as one inline SVG element: a {@code viewBox} and no fixed size, so that it scales to any
 * width; {@code role="img"} with a title and a description that names the lit steps; no script, no style
 * sheet and no reference outside the element. A lit step or arrow has the class {@code lit}, a thick outline
 * and bold text, and a lit step a tick, so that the path never depends on colour alone. The XML writer
 * escapes every text and attribute.
 */
final class SvgRenderer {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String INK = "#1f2937";
    private static final String QUIET = "#6b7280";
    private static final String LIT_INK = "#000000";
    private static final String LIT_FILL = "#fde68a";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final FlowchartSpec spec;
    private final Layout layout;

    SvgRenderer(FlowchartSpec spec) {
        this.spec = spec;
        this.layout = new Layout(spec);
    }

    String render(Set<String> fired) {
        Set<String> litNodes = spec.nodes().stream().filter(n -> n.litBy(fired)).map(Node::id)
                .collect(Collectors.toSet());
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG);
            attributes(xml, "viewBox", "0 0 " + layout.width() + " " + layout.height(), "role", "img",
                    "aria-labelledby", "flowchart-title flowchart-desc", "class", "flowchart",
                    "font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
                    "font-size", String.valueOf(Layout.FONT));
            element(xml, "title", spec.title(), "id", "flowchart-title");
            element(xml, "desc", description(litNodes), "id", "flowchart-desc");
            legend(xml, !litNodes.isEmpty());
            List<Edge> ordered = new ArrayList<>();
            spec.edges().stream().filter(e -> !lit(e, fired, litNodes)).forEach(ordered::add);
            spec.edges().stream().filter(e -> lit(e, fired, litNodes)).forEach(ordered::add);
            for (Edge e : ordered) {
                edge(xml, e, lit(e, fired, litNodes));
            }
            for (Node n : spec.nodes()) {
                node(xml, n, litNodes.contains(n.id()));
            }
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the flowchart", e);
        }
        return out.toString();
    }

    static boolean lit(Edge e, Set<String> fired, Set<String> litNodes) {
        return e.rules().isEmpty() ? litNodes.contains(e.from()) && litNodes.contains(e.to())
                : e.rules().stream().anyMatch(fired::contains);
    }

    private String description(Set<String> litNodes) {
        if (litNodes.isEmpty()) {
            return spec.description();
        }
        List<String> steps = spec.lit(litNodes::contains).stream().map(Node::label).toList();
        return spec.description() + " This incident's decision took these steps: " + String.join("; ", steps) + ".";
    }

    private void legend(XMLStreamWriter xml, boolean lit) throws XMLStreamException {
        String text = lit ? "\u2713 and a thick outline: a step this incident's decision took"
                : "On an incident's page, the steps its decision took are ticked and outlined";
        element(xml, "text", text, "x", "16", "y", "30", "fill", INK, "font-size", "13");
    }

    private void edge(XMLStreamWriter xml, Edge e, boolean lit) throws XMLStreamException {
        xml.writeStartElement("g");
        attributes(xml, "class", lit ? "edge lit" : "edge", "data-from", e.from(), "data-to", e.to());
        List<Point> points = layout.route(e);
        Point tip = points.get(points.size() - 1);
        int head = lit ? 8 : 5;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point p = i == points.size() - 1 ? new Point(tip.x(), tip.y() - head - 2) : points.get(i);
            path.append(i == 0 ? "" : " ").append(p.x()).append(',').append(p.y());
        }
        String ink = lit ? LIT_INK : QUIET;
        empty(xml, "polyline", "points", path.toString(), "fill", "none", "stroke", ink,
                "stroke-width", lit ? "4" : "1.5", "stroke-linejoin", "round");
        empty(xml, "polygon", "points", (tip.x() - head) + "," + (tip.y() - head - 4) + " " + (tip.x() + head) + ","
                + (tip.y() - head - 4) + " " + tip.x() + "," + tip.y(), "fill", ink);
        if (e.label() != null) {
            Point at = layout.labelAt(e);
            element(xml, "text", e.label(), "x", String.valueOf(at.x()), "y", String.valueOf(at.y()),
                    "font-size", "13", "font-weight", lit ? "700" : "400", "fill", INK, "stroke", "#ffffff",
                    "stroke-width", "4", "paint-order", "stroke");
        }
        xml.writeEndElement();
    }

    private void node(XMLStreamWriter xml, Node n, boolean lit) throws XMLStreamException {
        Box b = layout.box(n.id());
        xml.writeStartElement("g");
        attributes(xml, "class", "node " + n.kind().name().toLowerCase(java.util.Locale.ROOT) + (lit ? " lit" : ""),
                "data-step", n.id());
        String[] paint = {"fill", lit ? LIT_FILL : "#ffffff", "stroke", lit ? LIT_INK : QUIET,
                "stroke-width", lit ? "4" : "1.5"};
        switch (n.kind()) {
            case QUESTION -> empty(xml, "polygon", concat(new String[] {"points", hexagon(b)}, paint));
            case START, END -> empty(xml, "rect", concat(rect(b, b.height() / 2), paint));
            default -> empty(xml, "rect", concat(rect(b, 4), paint));
        }
        if (lit) {
            element(xml, "text", "\u2713", "x", String.valueOf(b.x() + 9), "y", String.valueOf(b.centreY() + 6),
                    "font-size", "18", "font-weight", "700", "fill", LIT_INK);
        }
        xml.writeStartElement("text");
        attributes(xml, "text-anchor", "middle", "fill", lit ? LIT_INK : INK, "font-weight", lit ? "700" : "400");
        int first = b.centreY() - (b.lines().size() - 1) * Layout.LINE / 2 + 5;
        for (int i = 0; i < b.lines().size(); i++) {
            element(xml, "tspan", b.lines().get(i), "x", String.valueOf(b.centreX() + 8),
                    "y", String.valueOf(first + i * Layout.LINE));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
