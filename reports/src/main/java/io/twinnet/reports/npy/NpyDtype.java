package io.twinnet.reports.npy;

/**
 * The element types an {@link NpyArray} holds, with NumPy's type descriptor for each
 * (little-endian, as {@code numpy.save} writes on every common machine).
 */
public enum NpyDtype {
    /** 64-bit IEEE 754 float, NumPy {@code float64}. */
    FLOAT64("<f8", 8),
    /** 32-bit two's-complement integer, NumPy {@code int32}. */
    INT32("<i4", 4);

    private final String descr;
    private final int itemSize;

    NpyDtype(String descr, int itemSize) {
        this.descr = descr;
        this.itemSize = itemSize;
    }

    /** NumPy's descriptor, the {@code 'descr'} of the header: {@code <f8} or {@code <i4}. */
    public String descr() {
        return descr;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }
}
