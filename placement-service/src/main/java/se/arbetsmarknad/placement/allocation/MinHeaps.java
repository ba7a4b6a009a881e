package se.arbetsmarknad.placement.allocation;

import java.util.Arrays;

/**
 * Binary min-heaps of (long key, int value) entries in two primitive arrays, each heap a slice starting at
 * {@code from}: one growing heap for the shortest-path search, or many fixed-size ones side by side to
 * keep each placement's best candidates (the worst kept one on top). No object per entry.
 */
final class MinHeaps {
    long[] key;
    int[] value;

    MinHeaps(int size) {
        key = new long[Math.max(1, size)];
        value = new int[Math.max(1, size)];
    }

    /** Makes room for {@code size} entries (the single growing heap). */
    void ensure(int size) {
        if (size > key.length) {
            int grown = Math.max(size, key.length * 2);
            key = Arrays.copyOf(key, grown);
            value = Arrays.copyOf(value, grown);
        }
    }

    /** Adds an entry to the heap at {@code from} that holds {@code size} entries (the caller counts). */
    void push(int from, int size, long k, int v) {
        int i = size;
        while (i > 0) {
            int up = (i - 1) >>> 1;
            if (key[from + up] <= k) {
                break;
            }
            key[from + i] = key[from + up];
            value[from + i] = value[from + up];
            i = up;
        }
        key[from + i] = k;
        value[from + i] = v;
    }

    /** Replaces the smallest entry of the heap at {@code from} (of {@code size} entries) and restores the order. */
    void replaceTop(int from, int size, long k, int v) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            if (c + 1 < size && key[from + c + 1] < key[from + c]) {
                c++;
            }
            if (k <= key[from + c]) {
                break;
            }
            key[from + i] = key[from + c];
            value[from + i] = value[from + c];
            i = c;
        }
        key[from + i] = k;
        value[from + i] = v;
    }

    /** Removes the smallest entry of the heap at 0 holding {@code size} entries. */
    void pop(int size) {
        if (size > 1) {
            replaceTop(0, size - 1, key[size - 1], value[size - 1]);
        }
    }
}
