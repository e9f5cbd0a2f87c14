package org.perftable.read;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects the paths a page draws and turns the painted ones into rulings: the axis-aligned segments
 * of stroked paths, and filled rectangles thin enough to be lines (Word and Excel draw borders both
 * ways). Curves, clips and wide fills (cell shading) draw no border. White paint draws no border. A
 * clipping path is handed to the graphics state, so text it hides can be left out.
 */
final class PdfPaths {

    /** A filled rectangle at most this thick (points) is a line. */
    private static final double THIN = 3.0;
    private static final double STRAIGHT = 0.5;

    private final PDFStreamEngine engine;
    private final Consumer<PdfRuling> rulings;
    private final List<List<double[]>> subpaths = new ArrayList<>();
    private List<double[]> current;
    /** The same path in user space, kept for clipping. */
    private final GeneralPath userPath = new GeneralPath();
    private Integer clipRule;
    private PdfDisplay display;

    PdfPaths(PDFStreamEngine engine, Consumer<PdfRuling> rulings) {
        this.engine = engine;
        this.rulings = rulings;
    }

    void startPage(PdfDisplay display) {
        this.display = display;
        subpaths.clear();
        current = null;
    }

    /** The path-construction and painting operators, to add to the engine. */
    List<OperatorProcessor> operators() {
        return List.of(
                op("m", n -> moveTo(n[0], n[1])),
                op("l", n -> lineTo(n[0], n[1])),
                op("c", n -> curveTo(n[4], n[5])),
                op("v", n -> curveTo(n[2], n[3])),
                op("y", n -> curveTo(n[2], n[3])),
                op("re", n -> rectangle(n[0], n[1], n[2], n[3])),
                op("h", n -> close()),
                op("S", n -> paint(true, false)),
                op("s", n -> { close(); paint(true, false); }),
                op("f", n -> paint(false, true)),
                op("F", n -> paint(false, true)),
                op("f*", n -> paint(false, true)),
                op("B", n -> paint(true, true)),
                op("B*", n -> paint(true, true)),
                op("b", n -> { close(); paint(true, true); }),
                op("b*", n -> { close(); paint(true, true); }),
                op("n", n -> paint(false, false)),
                op("W", n -> clipRule = GeneralPath.WIND_NON_ZERO),
                op("W*", n -> clipRule = GeneralPath.WIND_EVEN_ODD));
    }

    private void moveTo(double x, double y) {
        current = new ArrayList<>();
        current.add(point(x, y, false));
        subpaths.add(current);
        Point2D.Float user = user(x, y);
        userPath.moveTo(user.x, user.y);
    }

    private void lineTo(double x, double y) {
        if (current == null) {
            moveTo(x, y);
        } else {
            current.add(point(x, y, false));
            Point2D.Float user = user(x, y);
            userPath.lineTo(user.x, user.y);
        }
    }

    /** A curve is no border; its end point still moves the pen (and bounds a clip well enough). */
    private void curveTo(double x, double y) {
        if (current == null) {
            moveTo(x, y);
        } else {
            current.add(point(x, y, true));
            Point2D.Float user = user(x, y);
            userPath.lineTo(user.x, user.y);
        }
    }

    private void rectangle(double x, double y, double w, double h) {
        moveTo(x, y);
        lineTo(x + w, y);
        lineTo(x + w, y + h);
        lineTo(x, y + h);
        close();
    }

    private void close() {
        if (current != null && current.size() > 1) {
            double[] start = current.get(0);
            current.add(new double[] {start[0], start[1], 0});
            userPath.closePath();
        }
    }

    private void paint(boolean stroke, boolean fill) {
        // the colour is looked at only when the path has a ruling to give: converting it costs
        if (stroke) {
            List<PdfRuling> lines = new ArrayList<>();
            subpaths.forEach(path -> strokeSegments(path, lines));
            if (!lines.isEmpty() && !white(engine.getGraphicsState().getStrokingColor())) {
                lines.forEach(rulings);
            }
        }
        if (fill) {
            List<PdfRuling> lines = new ArrayList<>();
            subpaths.forEach(path -> thinRectangle(path, lines));
            if (!lines.isEmpty() && !white(engine.getGraphicsState().getNonStrokingColor())) {
                lines.forEach(rulings);
            }
        }
        if (clipRule != null) {
            // W then a painting operator (usually n): later glyphs outside this path are not shown
            userPath.setWindingRule(clipRule);
            engine.getGraphicsState().intersectClippingPath(new GeneralPath(userPath));
            clipRule = null;
        }
        subpaths.clear();
        userPath.reset();
        current = null;
    }

    private void strokeSegments(List<double[]> path, List<PdfRuling> lines) {
        for (int i = 1; i < path.size(); i++) {
            double[] a = path.get(i - 1);
            double[] b = path.get(i);
            if (b[2] != 0) {
                continue;
            }
            if (Math.abs(a[1] - b[1]) <= STRAIGHT && Math.abs(a[0] - b[0]) >= 1) {
                lines.add(new PdfRuling(true, (a[1] + b[1]) / 2, Math.min(a[0], b[0]), Math.max(a[0], b[0])));
            } else if (Math.abs(a[0] - b[0]) <= STRAIGHT && Math.abs(a[1] - b[1]) >= 1) {
                lines.add(new PdfRuling(false, (a[0] + b[0]) / 2, Math.min(a[1], b[1]), Math.max(a[1], b[1])));
            }
        }
    }

    private void thinRectangle(List<double[]> path, List<PdfRuling> lines) {
        if (path.size() < 4 || path.size() > 5) {
            return;
        }
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (double[] p : path) {
            if (p[2] != 0) {
                return;
            }
            left = Math.min(left, p[0]);
            right = Math.max(right, p[0]);
            top = Math.min(top, p[1]);
            bottom = Math.max(bottom, p[1]);
        }
        for (double[] p : path) {
            if (!(near(p[0], left) || near(p[0], right)) || !(near(p[1], top) || near(p[1], bottom))) {
                return; // not an axis-aligned rectangle
            }
        }
        double width = right - left;
        double height = bottom - top;
        if (height <= THIN && width > height) {
            lines.add(new PdfRuling(true, (top + bottom) / 2, left, right));
        } else if (width <= THIN && height > width) {
            lines.add(new PdfRuling(false, (left + right) / 2, top, bottom));
        }
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= STRAIGHT;
    }

    private static boolean white(PDColor color) {
        try {
            return color != null && (color.toRGB() & 0xFFFFFF) == 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return false; // patterns and odd colour spaces: assume visible
        }
    }

    /** A point through the current transformation into display coordinates; [x, y, curve]. */
    private double[] point(double x, double y, boolean curve) {
        Point2D.Float user = user(x, y);
        double[] shown = display.toDisplay(user.x, user.y);
        return new double[] {shown[0], shown[1], curve ? 1 : 0};
    }

    private Point2D.Float user(double x, double y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint((float) x, (float) y);
    }

    private OperatorProcessor op(String name, PathStep step) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                double[] numbers = new double[operands.size()];
                for (int i = 0; i < numbers.length; i++) {
                    if (!(operands.get(i) instanceof COSNumber number)) {
                        return; // malformed operator: skip it as a viewer would
                    }
                    numbers[i] = number.floatValue();
                }
                int needed = switch (name) {
                    case "m", "l" -> 2;
                    case "v", "y", "re" -> 4;
                    case "c" -> 6;
                    default -> 0;
                };
                if (numbers.length >= needed) {
                    step.apply(numbers);
                }
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    @FunctionalInterface
    private interface PathStep {
        void apply(double[] numbers);
    }
}
