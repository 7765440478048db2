suppressMessages(library(metafor))
cat("metafor", as.character(packageVersion("metafor")), "\n")
dat <- dat.bcg
out <- data.frame(study=paste0(gsub(" ", "_", dat$author), "_", dat$year), ai=dat$tpos, bi=dat$tneg, ci=dat$cpos, di=dat$cneg, ablat=dat$ablat, year=dat$year, alloc=dat$alloc)
write.csv(out, "bcg_alloc.csv", row.names=FALSE, quote=FALSE)
es <- escalc("RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat)
m <- rma(yi, vi, mods=~alloc, data=es, method="REML")
cat("FACTOR tau2", sprintf("%.15g", m$tau2), "QM", sprintf("%.15g", m$QM), "QMdf", m$QMdf[1], "QMp", sprintf("%.15g", m$QMp), "\n")
cat("FACTOR coef", names(coef(m)), "\n")
cat("FACTOR b", sprintf("%.15g", coef(m)), "\n")
cat("FACTOR se", sprintf("%.15g", m$se), "\n")
m2 <- rma(yi, vi, mods=~factor(alloc), data=es, method="REML")
cat("COMMON QM", sprintf("%.15g", m2$QM), "QMp", sprintf("%.15g", m2$QMp), "tau2", sprintf("%.15g", m2$tau2), "\n")
m3 <- rma(yi, vi, mods=~factor(alloc)-1, data=es, method="REML")
cat("COMMON groups", names(coef(m3)), "\n")
cat("COMMON b", sprintf("%.15g", coef(m3)), "\n")
cat("COMMON se", sprintf("%.15g", m3$se), "\n")
# MH RD with a double-zero table
ai <- c(12,0,5,0,30); bi <- c(88,40,45,30,170); ci <- c(20,0,9,3,41); di <- c(80,38,41,27,159)
r <- rma.mh(ai=ai, bi=bi, ci=ci, di=di, measure="RD")
cat("MHRD b", sprintf("%.15g", r$b), "se", sprintf("%.15g", r$se), "QE", sprintf("%.15g", r$QE), "k", r$k, "kyi", r$k.yi, "\n")
# NA row dropped
dna <- es; dna$yi[3] <- NA
r <- suppressWarnings(rma(yi, vi, data=dna, method="REML"))
cat("NA b", sprintf("%.15g", r$b), "k", r$k, "\n")
# Fixture: everything above as JSON for the tests
library(jsonlite, quietly=TRUE)
mh <- rma.mh(ai=ai, bi=bi, ci=ci, di=di, measure="RD")
fe <- rma(yi, vi, mods=~factor(alloc), data=es, method="REML", test="knha")
writeLines(toJSON(list(
  metafor = as.character(packageVersion("metafor")),
  factor_moderator = list(tau2 = m$tau2, QM = m$QM, QM_df = m$QMdf[1], QM_pval = m$QMp,
    names = names(coef(m)), estimate = unname(coef(m)), se = unname(m$se)),
  tau2_common = list(tau2 = m2$tau2, QM = m2$QM, QM_df = m2$QMdf[1], QM_pval = m2$QMp,
    groups = sub("factor\\(alloc\\)", "", names(coef(m3))), estimate = unname(coef(m3)), se = unname(m3$se)),
  tau2_common_knha = list(QM = fe$QM, QM_df = fe$QMdf, QM_pval = fe$QMp),
  mh_rd_double_zero = list(estimate = as.numeric(mh$b), se = mh$se, Q = mh$QE, k = mh$k, k_yi = mh$k.yi),
  na_row_dropped = list(estimate = as.numeric(r$b), k = r$k)
), digits = NA, auto_unbox = TRUE, pretty = TRUE), "expected.json")
