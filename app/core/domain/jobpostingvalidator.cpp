#include "jobpostingvalidator.h"

using namespace Qt::StringLiterals;

QString JobPostingEntry::formatKey(Format format)
{
    return format == Format::Json ? u"json"_s : u"text"_s;
}

bool JobPostingEntry::formatFromKey(const QString &key, Format *format)
{
    if (key == "text"_L1)
        *format = Format::Text;
    else if (key == "json"_L1)
        *format = Format::Json;
    else
        return false;
    return true;
}

Problems JobPostingValidator::validate(const JobPostingEntry &p)
{
    Problems problems;
    if (p.title.trimmed().isEmpty())
        problems.add(u"title"_s, tr("Give the posting a title."));
    else if (p.title.size() > JobPostingEntry::MaxTitleLength)
        problems.add(
            u"title"_s,
            tr("The title is longer than %1 characters.").arg(JobPostingEntry::MaxTitleLength));
    if (p.company.size() > JobPostingEntry::MaxCompanyLength)
        problems.add(
            u"company"_s,
            tr("The company is longer than %1 characters.").arg(JobPostingEntry::MaxCompanyLength));
    if (p.content.trimmed().isEmpty())
        problems.add(u"content"_s, tr("The posting has no text."));
    else if (p.content.toUtf8().size() > JobPostingEntry::MaxContentBytes)
        problems.add(u"content"_s,
                     tr("The posting is larger than 4 MB: that is not a job posting."));
    return problems;
}
