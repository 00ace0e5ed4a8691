#include "resumevalidator.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

void checkDates(Problems &problems, const QDate &started, const QDate &ended)
{
    if (started.isValid() && ended.isValid() && ended < started)
        problems.add(u"endedOn"_s, ResumeValidator::tr("The end date is before the start date."));
}

} // namespace

QString ResumeValidator::urlProblem(const QString &url)
{
    if (url.trimmed().isEmpty())
        return {};
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || u.host().isEmpty())
        return tr("Enter a web address that starts with https:// or http://.");
    return {};
}

Problems ResumeValidator::validate(const WorkEntry &e)
{
    Problems problems;
    if (e.employer.trimmed().isEmpty())
        problems.add(u"employer"_s, tr("Enter the employer."));
    checkDates(problems, e.startedOn, e.endedOn);
    if (const QString p = urlProblem(e.url); !p.isEmpty())
        problems.add(u"url"_s, p);
    return problems;
}

Problems ResumeValidator::validate(const EducationEntry &e)
{
    Problems problems;
    if (e.institution.trimmed().isEmpty())
        problems.add(u"institution"_s, tr("Enter the institution."));
    checkDates(problems, e.startedOn, e.endedOn);
    if (const QString p = urlProblem(e.url); !p.isEmpty())
        problems.add(u"url"_s, p);
    return problems;
}

Problems ResumeValidator::validate(const LanguageEntry &e)
{
    Problems problems;
    if (e.language.trimmed().isEmpty())
        problems.add(u"language"_s, tr("Enter the language."));
    return problems;
}

Problems ResumeValidator::validate(const ProfileLink &l)
{
    Problems problems;
    if (l.network.trimmed().isEmpty())
        problems.add(u"network"_s, tr("Name the site, e.g. GitHub or LinkedIn."));
    if (const QString p = urlProblem(l.url); !p.isEmpty())
        problems.add(u"url"_s, p);
    return problems;
}

Problems ResumeValidator::validate(const PostalAddress &a)
{
    Problems problems;
    const QString &code = a.countryCode;
    const bool twoLetters
        = code.size() == 2 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
              return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
          });
    if (!code.isEmpty() && !twoLetters)
        problems.add(
            u"countryCode"_s,
            tr("\"%1\" is not a country code: use two letters such as DE or US.").arg(code));
    return problems;
}
