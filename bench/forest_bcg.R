# R metafor's forest plot of the BCG trials to PNG, from the same CSV walkstudy reads (whole process is timed).
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages(library(metafor))
dat <- read.csv(args[1])
dat <- escalc(measure = "RR", ai = ai, bi = bi, ci = ci, di = di, data = dat, slab = study)
res <- rma(yi, vi, data = dat, method = "REML")
png(args[2], width = 1000, height = 700)
forest(res, atransf = exp, header = TRUE)
invisible(dev.off())
