package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.property.Property;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The fixed SQL for {@code properties} and {@code property_contacts}; lists are built in the repository. */
@RegisterRowMapper(PropertyRowMapper.class)
public interface PropertyDao {

    /** The columns a property row is written from, as named by {@link PropertyRow}. */
    String VALUES = """
            :p.street, :p.city, :p.state, :p.zip, :p.propertyType, :p.apn, :p.yearBuilt, :p.squareFeet, :p.beds,
            :p.baths, :p.estimatedValue, :p.estimatedEquity, :p.equityPercent, :p.ownerOccupied, :p.listedForSale,
            :p.foreclosure, :p.mailingStreet, :p.mailingCity, :p.mailingState, :p.mailingZip""";

    /** Inserts the property; empty when the APN is taken (the unique constraint decides). */
    @SqlQuery("""
            insert into properties as p (street, city, state, zip, property_type, apn, year_built, square_feet, beds,
                                         baths, estimated_value, estimated_equity, equity_percent, owner_occupied,
                                         listed_for_sale, foreclosure, mailing_street, mailing_city, mailing_state,
                                         mailing_zip, source, created_at, updated_at)
            values (""" + VALUES + """
            , :source, :now, :now)
            on conflict do nothing
            returning\s""" + PropertyRowMapper.COLUMNS)
    Optional<Property> insert(@BindMethods("p") PropertyRow row, @Bind("source") String source,
                              @Bind("now") Instant now);

    /** Updates the facts; empty when there is no such property. Fails on a unique violation. */
    @SqlQuery("""
            update properties p set
                (street, city, state, zip, property_type, apn, year_built, square_feet, beds, baths, estimated_value,
                 estimated_equity, equity_percent, owner_occupied, listed_for_sale, foreclosure, mailing_street,
                 mailing_city, mailing_state, mailing_zip, updated_at)
                = (""" + VALUES + """
            , :now)
            where p.id = :id
            returning\s""" + PropertyRowMapper.COLUMNS)
    Optional<Property> update(@Bind("id") long id, @BindMethods("p") PropertyRow row, @Bind("now") Instant now);

    @SqlQuery("select " + PropertyRowMapper.COLUMNS + " from properties p where p.id = :id")
    Optional<Property> findById(@Bind("id") long id);

    @SqlQuery("select id from properties where apn = :apn")
    Optional<Long> findIdByApn(@Bind("apn") String apn);

    /** Deletes the property; its links go with it (ON DELETE CASCADE). */
    @SqlUpdate("delete from properties where id = :id")
    int delete(@Bind("id") long id);

    /** Links or re-links; 0 when the property or the contact does not exist. */
    @SqlUpdate("""
            insert into property_contacts (property_id, contact_id, relationship, created_at)
            select p.id, c.id, :relationship, :now
            from properties p cross join contacts c
            where p.id = :propertyId and c.id = :contactId
            on conflict (property_id, contact_id) do update set relationship = excluded.relationship
            """)
    int link(@Bind("propertyId") long propertyId, @Bind("contactId") long contactId,
             @Bind("relationship") String relationship, @Bind("now") Instant now);

    @SqlUpdate("delete from property_contacts where property_id = :propertyId and contact_id = :contactId")
    int unlink(@Bind("propertyId") long propertyId, @Bind("contactId") long contactId);

    /** A property's columns as bind parameters (null when absent); the mailing address is flattened. */
    record PropertyRow(String street, String city, String state, String zip, String propertyType, String apn,
                       Integer yearBuilt, Integer squareFeet, Integer beds, BigDecimal baths, Long estimatedValue,
                       Long estimatedEquity, Integer equityPercent, Boolean ownerOccupied, Boolean listedForSale,
                       Boolean foreclosure, String mailingStreet, String mailingCity, String mailingState,
                       String mailingZip) {
    }
}
