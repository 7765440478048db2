package org.walkstudy.analysis.meta;

import java.util.ArrayList;
import java.util.List;

/** Moderator columns of a meta-regression: names and one value per study for each (no intercept column). */
public record Moderators(List<String> names, List<double[]> columns) {
    public Moderators {
        if (names == null || columns == null || names.size() != columns.size()) {
            throw new IllegalArgumentException("names and columns must be non-null lists of equal size");
        }
        names = List.copyOf(names);
        List<double[]> copies = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            double[] c = columns.get(j);
            if (c == null) {
                throw new IllegalArgumentException("moderator column " + names.get(j) + " must not be null");
            }
            for (double value : c) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("moderator " + names.get(j) + " must be finite but has " + value);
                }
            }
            copies.add(c.clone());
        }
        columns = List.copyOf(copies);
    }

    public static Moderators none() {
        return new Moderators(List.of(), List.of());
    }

    public static Moderators of(List<String> names, List<double[]> columns) {
        return new Moderators(names, columns);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public int size() {
        return names.size();
    }

    /** The value of moderator {@code column} for study {@code study}, without copying the column. */
    public double value(int column, int study) {
        return columns.get(column)[study];
    }

    /** Copies of the columns (the record keeps its own). */
    @Override
    public List<double[]> columns() {
        return columns.stream().map(double[]::clone).toList();
    }

    /** The design matrix (k rows): an intercept column of ones, then the moderators. */
    double[][] design(int k) {
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).length != k) {
                throw new IllegalArgumentException("moderator " + names.get(j) + " has " + columns.get(j).length
                        + " values but there are " + k + " studies");
            }
        }
        double[][] x = new double[k][names.size() + 1];
        for (int i = 0; i < k; i++) {
            x[i][0] = 1;
            for (int j = 0; j < columns.size(); j++) {
                x[i][j + 1] = columns.get(j)[i];
            }
        }
        return x;
    }

    /** The moderators of the studies at the given indices, in that order. */
    public Moderators select(int[] indices) {
        List<double[]> selected = new ArrayList<>();
        for (double[] c : columns) {
            double[] s = new double[indices.length];
            for (int i = 0; i < indices.length; i++) {
                s[i] = c[indices[i]];
            }
            selected.add(s);
        }
        return new Moderators(names, selected);
    }
}
