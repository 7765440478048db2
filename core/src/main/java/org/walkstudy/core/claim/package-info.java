/** The article's claims, each linked to the findings that bear on it. */
package org.walkstudy.core.claim;
