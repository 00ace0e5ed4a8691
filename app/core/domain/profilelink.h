#pragma once

#include <QString>

// A link of the profile (table `profile_links`): GitHub, LinkedIn, a blog ...
struct ProfileLink
{
    qint64 id = 0;
    QString network;
    QString username;
    QString url;
    int position = 0;

    bool operator==(const ProfileLink &o) const
    {
        return id == o.id && network == o.network && username == o.username && url == o.url
            && position == o.position;
    }
};
