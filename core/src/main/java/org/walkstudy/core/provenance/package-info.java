/** Where a published number came from: the source address and the place in it. */
package org.walkstudy.core.provenance;
