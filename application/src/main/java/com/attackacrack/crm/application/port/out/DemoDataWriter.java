package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.property.Relationship;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Bulk-writes generated demo contacts, properties and their links, set-based (never a round trip per row); rows whose
 * phone, email or APN is already taken are skipped, not failed.
 */
public interface DemoDataWriter {

    /** How many contacts, properties and links the database holds now. */
    Counts counts();

    /**
     * The first serial numbers this run may use for contacts and properties: above every serial an earlier run used,
     * so that phones, emails and APNs derived from them do not collide with earlier demo rows.
     */
    Serials nextSerials();

    /** Writes one batch in one transaction; links name contacts and properties by their index in these lists. */
    void writeBatch(List<DemoContact> contacts, List<DemoProperty> properties, List<DemoLink> links);

    /** Row counts read from the database. */
    record Counts(long contacts, long properties, long links) {
    }

    /** Where a run starts numbering its contacts and properties. */
    record Serials(long contact, long property) {

        public Serials {
            if (contact < 1 || property < 1) {
                throw new IllegalArgumentException("serials start at 1");
            }
        }
    }

    /** A generated contact: phone in E.164, optional email, customer date and opt-out. */
    record DemoContact(String firstName, String lastName, String phone, String email, String leadSource,
                       LocalDate customerSince, String optOutReason, Instant optedOutAt, Instant createdAt) {

        public DemoContact {
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(createdAt, "createdAt");
            if ((optOutReason == null) != (optedOutAt == null)) {
                throw new IllegalArgumentException("an opt-out has both a reason and a time");
            }
        }
    }

    /** A generated property with its unique APN. */
    record DemoProperty(String street, String city, String state, String zip, String propertyType, String apn,
                        int yearBuilt, int squareFeet, int beds, BigDecimal baths, long estimatedValue,
                        long estimatedEquity, int equityPercent, boolean ownerOccupied, boolean listedForSale,
                        boolean foreclosure, Instant createdAt) {

        public DemoProperty {
            Objects.requireNonNull(street, "street");
            Objects.requireNonNull(apn, "apn");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** A link between the contact and the property at these indexes of the same batch. */
    record DemoLink(int contactIndex, int propertyIndex, Relationship relationship) {

        public DemoLink {
            if (contactIndex < 0 || propertyIndex < 0) {
                throw new IllegalArgumentException("indexes are not negative");
            }
            Objects.requireNonNull(relationship, "relationship");
        }
    }
}
