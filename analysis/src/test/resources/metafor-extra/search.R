suppressMessages(library(metafor))
set.seed(42)
found <- 0
for (it in 1:20000) {
  k <- sample(3:8, 1)
  vi <- exp(runif(k, -8, 4))
  yi <- rnorm(k, 0, sqrt(vi + exp(runif(1, -6, 2)))) * sample(c(1, 10, 100), 1)
  for (method in c("REML", "ML", "EB")) {
    a <- tryCatch(rma(yi, vi, method=method), error=function(e) NULL)
    if (is.null(a)) {
      b <- tryCatch(rma(yi, vi, method=method, control=list(stepadj=0.5)), error=function(e) NULL)
      if (!is.null(b)) {
        cat("FOUND", method, "\n"); cat("yi", sprintf("%.17g", yi), "\n"); cat("vi", sprintf("%.17g", vi), "\n")
        cat("tau2", sprintf("%.17g", b$tau2), "b", sprintf("%.17g", b$b), "se", sprintf("%.17g", b$se), "\n")
        found <- found + 1
      }
    }
  }
  if (found >= 3) break
}
cat("done", it, found, "\n")
