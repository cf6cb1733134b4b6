package org.esafety.flowchart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.esafety.flowchart.FlowchartSpec.Edge;
import org.esafety.flowchart.FlowchartSpec.Node;

/**
 * Places the steps on their grid and routes the arrows, so that no layout engine is needed. Each row is as
 * tall as its longest label; an arrow leaves the bottom of its step, runs along the gap under that row to
 * the target's column and goes down into the target's top. Coordinates are whole user units of the viewBox.
 */
final class Layout {

    static final int FONT = 14;
    static final int LINE = 18;
    static final int LEGEND = 34;
    static final int MAX_LINES = 5;
    static final int MAX_EDGE_LABEL = 20;
    private static final int MARGIN = 16;
    private static final int BOX = 200;
    private static final int PITCH = 224;
    private static final int PAD = 10;
    private static final int GAP = 60;
    /** Characters that fit on one line of a step: the box less padding and the room kept for the tick. */
    static final int CHARS = 21;

    /** A step's box and its label broken into lines. */
    record Box(int x, int y, int width, int height, List<String> lines) {
        int centreX() {
            return x + width / 2;
        }

        int centreY() {
            return y + height / 2;
        }
    }

    /** A point of an arrow's path. */
    record Point(int x, int y) {
    }

    private final Map<String, Box> boxes = new HashMap<>();
    private final int width;
    private final int height;

    Layout(FlowchartSpec spec) {
        int rows = spec.nodes().stream().mapToInt(Node::row).max().orElse(0) + 1;
        int columns = spec.nodes().stream().mapToInt(Node::column).max().orElse(0) + 1;
        int[] rowHeight = new int[rows];
        java.util.Arrays.fill(rowHeight, LINE + 2 * PAD);
        for (Node n : spec.nodes()) {
            rowHeight[n.row()] = Math.max(rowHeight[n.row()], wrap(n.label()).size() * LINE + 2 * PAD);
        }
        int[] rowTop = new int[rows];
        int y = MARGIN + LEGEND;
        for (int r = 0; r < rows; r++) {
            rowTop[r] = y;
            y += rowHeight[r] + GAP;
        }
        for (Node n : spec.nodes()) {
            boxes.put(n.id(), new Box(MARGIN + n.column() * PITCH, rowTop[n.row()], BOX, rowHeight[n.row()],
                    wrap(n.label())));
        }
        this.width = 2 * MARGIN + (columns - 1) * PITCH + BOX;
        this.height = y - GAP + MARGIN;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    Box box(String nodeId) {
        return boxes.get(nodeId);
    }

    /**
     * The arrow's path from the middle of the source's bottom to the middle of the target's top. Arrows that
     * run left and right along the same gap are kept a few units apart so that they never lie on each other.
     */
    List<Point> route(Edge edge) {
        Box from = boxes.get(edge.from());
        Box to = boxes.get(edge.to());
        List<Point> points = new ArrayList<>();
        points.add(new Point(from.centreX(), from.y() + from.height()));
        if (from.centreX() != to.centreX()) {
            int gap = from.y() + from.height() + GAP / 2 + (to.centreX() < from.centreX() ? -5 : 5);
            points.add(new Point(from.centreX(), gap));
            points.add(new Point(to.centreX(), gap));
        }
        points.add(new Point(to.centreX(), to.y()));
        return points;
    }

    /** Where an arrow's label goes: beside the arrow, just above the step it points to. */
    Point labelAt(Edge edge) {
        Box to = boxes.get(edge.to());
        return new Point(to.centreX() + 6, to.y() - 9);
    }

    /** Breaks a label into lines of at most {@link #CHARS} characters, at spaces where it can. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
