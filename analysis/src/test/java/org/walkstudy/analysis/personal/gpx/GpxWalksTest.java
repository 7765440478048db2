package org.walkstudy.analysis.personal.gpx;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

import io.jenetics.jpx.XMLProvider;

class GpxWalksTest {
    @TempDir
    Path tmp;

    static String gpx(String points) {
        return "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"SYNTHETIC test\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                + "<trk><trkseg>" + points + "</trkseg></trk></gpx>";
    }

    static String pt(double lat, double lon, String time) {
        return "<trkpt lat=\"" + lat + "\" lon=\"" + lon + "\">" + (time == null ? "" : "<time>" + time + "</time>") + "</trkpt>";
    }

    static List<Walk> read(String xml, SkippedRecords skipped) {
        return GpxWalks.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.gpx", skipped);
    }

    @Test
    void haversineOfOneDegreeOfLatitude() {
        assertEquals(Math.PI / 180 * GreatCircle.EARTH_RADIUS_KM, GreatCircle.km(0, 0, 1, 0), 1e-9);
        assertEquals(0, GreatCircle.km(51.5, -0.1, 51.5, -0.1));
    }

    @Test
    void distanceMovingTimeBriskMinutesAndPace() {
        double step = GreatCircle.km(51.500, 0, 51.001 + 0.5, 0); // 0.001 deg latitude
        // Two minutes at 0.001 deg/min (6.7 km/h: brisk), then one minute at 0.0005 deg/min (3.3 km/h), then 10 min standing.
        String xml = gpx(pt(51.500, 0, "2024-05-01T08:00:00Z") + pt(51.501, 0, "2024-05-01T08:01:00Z")
                + pt(51.502, 0, "2024-05-01T08:02:00Z") + pt(51.5025, 0, "2024-05-01T08:03:00Z")
                + pt(51.5025, 0, "2024-05-01T08:13:00Z"));
        Walk w = read(xml, SkippedRecords.strict(true)).get(0);
        double expectedKm = GreatCircle.km(51.500, 0, 51.501, 0) + GreatCircle.km(51.501, 0, 51.502, 0)
                + GreatCircle.km(51.502, 0, 51.5025, 0);
        assertEquals(expectedKm, w.distanceKm(), 1e-12);
        assertEquals(3, w.movingMinutes(), 1e-12, "the 10 standing minutes are not moving");
        assertEquals(2, w.briskMinutes(), 1e-12);
        assertEquals(3 / expectedKm, w.paceMinPerKm().getAsDouble(), 1e-12);
        assertTrue(step > 0);
    }

    @Test
    void timeGoingBackwardsIsABadRecord() {
        String xml = gpx(pt(51.5, 0, "2024-05-01T08:01:00Z") + pt(51.501, 0, "2024-05-01T08:00:00Z"));
        SkippedRecords skipped = SkippedRecords.strict(false);
        assertTrue(read(xml, skipped).isEmpty());
        assertEquals(1, skipped.count());
        assertTrue(skipped.first().get(0).getMessage().contains("point 2: time goes backwards"));
        assertThrows(InputException.class, () -> read(xml, SkippedRecords.strict(true)));
    }

    @Test
    void singlePointAndMissingTimestampsAreNotWalks() {
        SkippedRecords skipped = SkippedRecords.strict(false);
        assertTrue(read(gpx(pt(51.5, 0, "2024-05-01T08:00:00Z")), skipped).isEmpty());
        assertTrue(read(gpx(pt(51.5, 0, null) + pt(51.6, 0, null)), skipped).isEmpty());
        assertEquals(2, skipped.count());
        assertTrue(skipped.first().get(0).getMessage().contains("at least 2"));
        assertTrue(skipped.first().get(1).getMessage().contains("no timestamp"));
    }

    @Test
    void invalidCoordinatesFailClearly() {
        InputException e = assertThrows(InputException.class,
                () -> read(gpx(pt(91, 0, "2024-05-01T08:00:00Z") + pt(51.6, 0, "2024-05-01T08:01:00Z")), SkippedRecords.strict(false)));
        assertTrue(e.getMessage().startsWith("t.gpx: not a valid GPX file"), e.getMessage());
    }

    @Test
    void theHardenedProviderIsTheOneJpxUses() {
        assertInstanceOf(HardenedXmlProvider.class, XMLProvider.provider());
    }

    @Test
    void externalEntityPointingAtALocalFileIsNotRead() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>&xxe;</name><trkseg>"
                + pt(51.5, 0, "2024-05-01T08:00:00Z") + pt(51.501, 0, "2024-05-01T08:01:00Z") + "</trkseg></trk></gpx>";
        try {
            List<Walk> walks = read(xml, SkippedRecords.strict(false));
            assertFalse(walks.toString().contains("TOP-SECRET"));
        } catch (InputException e) {
            assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        }
        // And the factory itself refuses to fetch it.
        var f = new HardenedXmlProvider().xmlInputFactory();
        assertEquals(Boolean.FALSE, f.getProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD));
        assertEquals(Boolean.FALSE, f.getProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
    }

    /** Regression: the input shape Jazzer found; jpx 3.2.1 alone spins on the processing instruction for ever. */
    @Test
    void processingInstructionInsideAnElementDoesNotHang() {
        String xml = gpx(pt(51.5, 0, "2024-05-01T08:00:00Z") + pt(51.501, 0, "2024-05-01T08:01:00Z"))
                .replace("<trk>", "<trk><name>morning<?walkstudy pi?> walk</name>");
        // A hang guard, not a speed check: the read takes milliseconds, and without the guard it never ends.
        List<Walk> walks = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(xml, SkippedRecords.strict(true)));
        assertEquals(1, walks.size());
    }

    @Test
    void commentsAnywhereAreIgnored() {
        String xml = gpx(pt(51.5, 0, "2024-05-01T08:00:00Z") + "<!-- pause -->" + pt(51.501, 0, "2024-05-01T08:01:00Z"))
                .replace("<gpx ", "<!-- exported by a watch --><?app x?><gpx ")
                .replace("<trk>", "<trk><!-- first track --><name>a<!-- c -->b</name>");
        List<Walk> walks = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(xml, SkippedRecords.strict(true)));
        assertEquals(1, walks.size());
        assertEquals(GreatCircle.km(51.5, 0, 51.501, 0), walks.get(0).distanceKm(), 1e-12);
    }
}
