#pragma once

#include <QString>

// The profile's postal address (JSON Resume basics.location). Profile::location stays the one
// line the app shows.
struct PostalAddress
{
    QString address;
    QString postalCode;
    QString city;
    QString countryCode; // ISO 3166-1 alpha-2, as the user gave it
    QString region;

    bool isEmpty() const
    {
        return address.isEmpty() && postalCode.isEmpty() && city.isEmpty() && countryCode.isEmpty()
            && region.isEmpty();
    }
    bool operator==(const PostalAddress &o) const
    {
        return address == o.address && postalCode == o.postalCode && city == o.city
            && countryCode == o.countryCode && region == o.region;
    }
    bool operator!=(const PostalAddress &o) const { return !(*this == o); }
};
