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

# Fisher scoring that oscillates with full steps and converges with stepadj = 0.5 (found by search.R, set.seed(42)),
# fitted to a tight threshold; and estimates at the boundary tau2 = 0.
stepadj <- list()
yi0 <- c(-0.86086527221014808, 0.065622507168453331, 0.34630012654430242, 0.44117837313677377, -1.6695480446857007)
vi0 <- c(3.1976473933910952, 0.0032101162914637158, 0.0019039620381248311, 1.7183860146687717, 14.443035319154692)
fails0 <- is.null(tryCatch(rma(yi0, vi0, method="EB"), error=function(e) NULL))
s0 <- rma(yi0, vi0, method="EB", control=list(stepadj=0.5, threshold=1e-12, maxiter=100000))
stepadj[[1]] <- list(method="EB", yi=yi0, vi=vi0, fails_with_full_steps=fails0, tau2=s0$tau2, estimate=as.numeric(s0$b), se=s0$se)
yi1 <- c(1.1972909981034159, -0.99328798812026164, -1.5627634558964199, -2.5721881511300211, -1.8834967936956328)
vi1 <- c(0.0013171294620081403, 0.0085598116488580581, 13.655607865344752, 38.788598758267398, 16.778055834806814)
fails1 <- is.null(tryCatch(rma(yi1, vi1, method="EB"), error=function(e) NULL))
s1 <- rma(yi1, vi1, method="EB", control=list(stepadj=0.5, threshold=1e-12, maxiter=100000))
stepadj[[2]] <- list(method="EB", yi=yi1, vi=vi1, fails_with_full_steps=fails1, tau2=s1$tau2, estimate=as.numeric(s1$b), se=s1$se)
yb <- c(0.10, 0.12, 0.09, 0.11, 0.10); vb <- c(0.04, 0.05, 0.03, 0.06, 0.02)
boundary <- lapply(c("REML", "ML", "EB"), function(m) { r <- rma(yb, vb, method=m); list(method=m, tau2=r$tau2, estimate=as.numeric(r$b), se=r$se) })
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
  na_row_dropped = list(estimate = as.numeric(r$b), k = r$k),
  step_halving = stepadj,
  boundary = list(yi = yb, vi = vb, fits = boundary)
), digits = NA, auto_unbox = TRUE, pretty = TRUE), "expected.json")
