package org.esafety.flowchart;

/** The flowchart description cannot be read or does not describe a chart that can be drawn. */
public class FlowchartException extends RuntimeException {

    public FlowchartException(String file, String problem) {
        super("flowchart " + file + ": " + problem);
    }

    public FlowchartException(String file, String problem, Throwable cause) {
        super("flowchart " + file + ": " + problem, cause);
    }
}
