package org.walkstudy.analysis.meta;

/** Refits a model to a subset of its studies (indices in input order): leave-one-out, cumulative, subgroups. */
@FunctionalInterface
public interface SubsetModel {
    MetaFit fit(int[] indices);
}
