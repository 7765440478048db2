package org.walkstudy.cli.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.run.MetaAnalysis;
import org.walkstudy.analysis.run.MetaRequest;

class MetaJsonTest {
    private static final String CSV = "study,yi,vi,dose,arm\n"
            + "A,0.10,0.04,1,walk\nB,0.35,0.09,2,walk\nC,-0.20,0.02,1,run\nD,0.62,0.12,3,run\n"
            + "E,0.05,0.05,1,walk\nF,0.41,0.07,2,run\n";

    @Test
    void interceptOnlyContractKeysInOrder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("in.csv"), CSV);
        StringWriter out = new StringWriter();
        MetaJson.write(MetaAnalysis.run(MetaRequest.of(file, "GEN", "REML", "z", 95, List.of())
                .toBuilder().bias(true).sensitivity(true).build()), out);
        Map<String, Object> map = new ObjectMapper().readValue(out.toString(), new TypeReference<>() { });
        assertEquals(List.of("k", "measure", "method", "test", "level", "estimate", "se", "stat", "pval", "ci_lb",
                "ci_ub", "pi_lb", "pi_ub", "tau2", "se_tau2", "tau2_ci_lb", "tau2_ci_ub", "I2", "H2", "Q", "Q_df",
                "Q_pval", "studies", "regtest", "ranktest", "trimfill", "leave1out", "cumul", "note"),
                List.copyOf(map.keySet()));
        assertEquals(6, map.get("k"));
        assertEquals(6, ((List<?>) map.get("studies")).size());
    }

    @Test
    void metaRegressionKeysInOrder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("in.csv"), CSV);
        StringWriter out = new StringWriter();
        MetaJson.write(MetaAnalysis.run(MetaRequest.of(file, "GEN", "DL", "knha", 90, List.of("dose"))
                .toBuilder().subgroup("arm").permutations(50, 3).build()), out);
        Map<String, Object> map = new ObjectMapper().readValue(out.toString(), new TypeReference<>() { });
        assertEquals(List.of("k", "measure", "method", "test", "level", "estimate", "se", "stat", "pval", "ci_lb",
                "ci_ub", "pi_lb", "pi_ub", "tau2", "se_tau2", "tau2_ci_lb", "tau2_ci_ub", "I2", "H2", "Q", "Q_df",
                "Q_pval", "studies", "coefficients", "vb", "QM", "QM_df", "QM_pval", "R2", "subgroups", "Q_between",
                "Q_between_df", "Q_between_pval", "permutest", "note"), List.copyOf(map.keySet()));
        assertEquals(50, ((Map<?, ?>) map.get("permutest")).get("permutations"));
    }
}
