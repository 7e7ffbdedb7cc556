/** Shared pieces of the list pages: checked query parameters, links keeping filters, pagination, CSV export, formats. */
package com.attackacrack.crm.adapters.in.web.listing;
