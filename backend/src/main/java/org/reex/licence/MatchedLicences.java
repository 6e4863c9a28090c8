package org.reex.licence;

import java.util.Set;

/**
 * Which licences a manufacturer may see: those of recyclers matched to its lots. Implemented by the
 * matching feature, which knows the matches; declared here so that licences do not depend on matching.
 */
public interface MatchedLicences {

    Set<Long> licenceIdsMatchedToSeller(long sellerOrganizationId);
}
