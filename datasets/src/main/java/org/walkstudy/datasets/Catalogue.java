package org.walkstudy.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.walkstudy.datasets.csv.StudyCsvReader;
import org.walkstudy.datasets.csv.StudyDataset;

/** The bundled datasets, listed in {@code catalogue.csv} beside the study files. */
public final class Catalogue {
    private static final java.util.Map<ArmNumbersCsv.Key, org.walkstudy.core.evidence.ArmNumbers> ARM_NUMBERS =
            ArmNumbersCsv.bundled();
    private static final String BASE = "/org/walkstudy/datasets/";
    private final List<DatasetEntry> entries;

    private Catalogue(List<DatasetEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads the catalogue shipped in this jar. */
    public static Catalogue bundled() {
        try (InputStream in = open("catalogue.csv"); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<DatasetEntry> entries = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                entries.add(new DatasetEntry(r.get("id"), r.get("title"), Family.parse(r.get("family")),
                        r.get("outcome"), r.get("measure"), Integer.parseInt(r.get("studies")), r.get("source"),
                        r.get("resource")));
            }
            return new Catalogue(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled catalogue unreadable", e);
        }
    }

    public List<DatasetEntry> entries() {
        return entries;
    }

    public Optional<DatasetEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<DatasetEntry> family(Family family) {
        return entries.stream().filter(e -> e.family() == family).toList();
    }

    /** Loads one bundled study file. */
    public StudyDataset load(DatasetEntry entry) {
        try (InputStream in = open(entry.resource())) {
            StudyDataset read = StudyCsvReader.read("bundled:" + entry.resource(), in);
            return new StudyDataset(read.studies(), ArmNumbersCsv.join(read.findings(), ARM_NUMBERS));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled dataset unreadable: " + entry.resource(), e);
        }
    }

    /** Loads every bundled study file of the given entries into one dataset. */
    public StudyDataset load(List<DatasetEntry> selected) {
        return StudyDataset.merge(selected.stream().map(this::load).toList());
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Catalogue.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("missing resource " + BASE + name);
        }
        return in;
    }
}
