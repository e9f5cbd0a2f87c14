package org.perftable.read;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user space (origin at the bottom left of the media) to display coordinates: points from
 * the top-left corner of the crop box as the page is shown, after its /Rotate. Text positions from
 * PDFBox ({@code getXDirAdj}, {@code getYDirAdj}) use the same frame.
 */
record PdfDisplay(double left, double bottom, double width, double height, int rotation) {

    static PdfDisplay of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        return new PdfDisplay(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight(), rotation);
    }

    double[] toDisplay(double x, double y) {
        double ux = x - left;
        double uy = height - (y - bottom);
        return switch (rotation) {
            case 90 -> new double[] {height - uy, ux};
            case 180 -> new double[] {width - ux, height - uy};
            case 270 -> new double[] {uy, width - ux};
            default -> new double[] {ux, uy};
        };
    }
}
