#include "jsonresume.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Reads one object's modelled keys, notes the others, and stops at the first problem.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, QStringList *notes,
                 JsonResume::Error *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_notes(notes)
        , m_error(error)
    { }

    bool ok() const { return m_ok; }
    bool has(const QString &key) const { return m_object.contains(key); }

    QString text(const QString &key)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return u""_s;
        if (!v.isString()) {
            fail(key, JsonResume::tr("expected text"));
            return {};
        }
        return v.toString();
    }
    PartialDate date(const QString &key)
    {
        const QString t = text(key);
        const auto d = PartialDate::parse(t);
        if (!d) {
            fail(key, JsonResume::tr("\"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(t));
            return {};
        }
        return *d;
    }
    // A list of texts; newlines inside an item become spaces (the workbench keeps one per line).
    QStringList texts(const QString &key)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray() || v.toArray().size() > JsonResume::MaxEntries) {
            fail(key, JsonResume::tr("expected a list of texts"));
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(u"%1[%2]"_s.arg(key).arg(i), JsonResume::tr("expected text"));
                return {};
            }
            QString item = a.at(i).toString();
            item.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
            if (!item.trimmed().isEmpty())
                out << item;
        }
        return out;
    }
    // The objects of list KEY, each with its path ("work[2]").
    QList<QPair<QJsonObject, QString>> objects(const QString &key)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray() || v.toArray().size() > JsonResume::MaxEntries) {
            fail(key, JsonResume::tr("expected a list"));
            return {};
        }
        QList<QPair<QJsonObject, QString>> out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = u"%1[%2]"_s.arg(key).arg(i);
            if (!a.at(i).isObject()) {
                fail(path, JsonResume::tr("expected an object"));
                return {};
            }
            out.append({a.at(i).toObject(), join(path)});
        }
        return out;
    }
    std::optional<QJsonObject> object(const QString &key)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            fail(key, JsonResume::tr("expected an object"));
            return std::nullopt;
        }
        return v.toObject();
    }
    // Notes every key not read, as "path.key" with list indexes left out ("work[].url").
    void noteUnknown()
    {
        if (!m_ok || !m_notes)
            return;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (m_known.contains(it.key()) || it.key().startsWith(u'$'))
                continue;
            QString generic = join(it.key());
            static const QRegularExpression index(u"\\[\\d+\\]"_s);
            generic.replace(index, u"[]"_s);
            if (!m_notes->contains(generic))
                m_notes->append(generic);
        }
    }
    QString join(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

private:
    void fail(const QString &key, const QString &reason)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error) {
            m_error->path = join(key);
            m_error->reason = reason;
        }
    }

    QJsonObject m_object;
    QString m_path;
    QStringList *m_notes;
    JsonResume::Error *m_error;
    QSet<QString> m_known;
    bool m_ok = true;
};

void putText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putTexts(QJsonObject &o, const QString &key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(key, QJsonArray::fromStringList(values));
}

void putDate(QJsonObject &o, const QString &key, const PartialDate &d)
{
    if (!d.isNull())
        o.insert(key, d.toString());
}

bool readBasics(ObjectReader &root, JsonResume *r, JsonResume::Error *error)
{
    const auto basics = root.object(u"basics"_s);
    if (!root.ok())
        return false;
    if (!basics)
        return true;
    ObjectReader b(*basics, u"basics"_s, &r->notes, error);
    static const QStringList keys
        = {u"name"_s, u"label"_s, u"email"_s, u"phone"_s, u"url"_s, u"summary"_s};
    for (const QString &k : keys) {
        if (b.has(k))
            r->basics.given << k;
    }
    Profile &p = r->basics.profile;
    p.name = b.text(u"name"_s);
    p.headline = b.text(u"label"_s);
    p.email = b.text(u"email"_s);
    p.phone = b.text(u"phone"_s);
    p.website = b.text(u"url"_s);
    p.summary = b.text(u"summary"_s);
    if (const auto loc = b.object(u"location"_s)) {
        ObjectReader l(*loc, u"basics.location"_s, &r->notes, error);
        r->basics.hasLocation = true;
        r->basics.location = {l.text(u"address"_s), l.text(u"postalCode"_s), l.text(u"city"_s),
                              l.text(u"countryCode"_s), l.text(u"region"_s)};
        l.noteUnknown();
        if (!l.ok())
            return false;
    }
    for (const auto &[o, path] : b.objects(u"profiles"_s)) {
        ObjectReader e(o, path, &r->notes, error);
        ProfileLink link {0, e.text(u"network"_s), e.text(u"username"_s), e.text(u"url"_s), 0};
        e.noteUnknown();
        if (!e.ok())
            return false;
        if (link.network.trimmed().isEmpty()) {
            error->path = path + u".network"_s;
            error->reason = JsonResume::tr("a profile needs the name of its network");
            return false;
        }
        r->basics.profiles << link;
    }
    b.noteUnknown();
    return b.ok();
}

template<typename T, typename Read>
bool readList(ObjectReader &root, const QString &key, QList<T> *out, JsonResume *r,
              JsonResume::Error *error, Read read)
{
    for (const auto &[o, path] : root.objects(key)) {
        ObjectReader e(o, path, &r->notes, error);
        T item = read(e);
        e.noteUnknown();
        if (!e.ok())
            return false;
        out->append(item);
    }
    return root.ok();
}

} // namespace

QString JsonResume::Error::text() const
{
    if (line > 0)
        return tr("line %1, column %2: %3").arg(line).arg(column).arg(reason);
    if (!path.isEmpty())
        return tr("%1: %2").arg(path, reason);
    return reason;
}

void JsonResume::lineAndColumn(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
    *line = int(data.left(offset).count('\n')) + 1;
    *column = int(QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size()) + 1;
}

std::optional<JsonResume> JsonResume::parse(const QByteArray &data, Error *error)
{
    Error scratch;
    Error *e = error ? error : &scratch;
    *e = Error {};
    if (data.size() > MaxFileBytes) {
        e->reason = tr("the file is larger than %1 MB").arg(MaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        lineAndColumn(data, parseError.offset, &e->line, &e->column);
        e->reason = parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        lineAndColumn(data, 0, &e->line, &e->column);
        e->reason = tr("a resume is a JSON object");
        return std::nullopt;
    }
    JsonResume r;
    ObjectReader root(doc.object(), u""_s, &r.notes, e);
    if (!readBasics(root, &r, e))
        return std::nullopt;
    const bool ok
        = readList(root, u"work"_s, &r.work, &r, e,
                   [](ObjectReader &o) {
                       return Work {o.text(u"name"_s),      o.text(u"position"_s),
                                    o.text(u"location"_s),  o.text(u"url"_s),
                                    o.date(u"startDate"_s), o.date(u"endDate"_s),
                                    o.text(u"summary"_s),   o.texts(u"highlights"_s)};
                   })
        && readList(root, u"education"_s, &r.education, &r, e,
                    [](ObjectReader &o) {
                        return Education {o.text(u"institution"_s), o.text(u"url"_s),
                                          o.text(u"area"_s),        o.text(u"studyType"_s),
                                          o.date(u"startDate"_s),   o.date(u"endDate"_s),
                                          o.text(u"score"_s),       o.texts(u"courses"_s)};
                    })
        && readList(
              root, u"skills"_s, &r.skills, &r, e,
              [](ObjectReader &o) {
                  return Skill {o.text(u"name"_s), o.text(u"level"_s), o.texts(u"keywords"_s)};
              })
        && readList(root, u"projects"_s, &r.projects, &r, e,
                    [](ObjectReader &o) {
                        return Project {o.text(u"name"_s),        o.text(u"description"_s),
                                        o.texts(u"highlights"_s), o.texts(u"keywords"_s),
                                        o.date(u"startDate"_s),   o.date(u"endDate"_s),
                                        o.text(u"url"_s),         o.texts(u"roles"_s)};
                    })
        && readList(root, u"certificates"_s, &r.certificates, &r, e,
                    [](ObjectReader &o) {
                        return Certificate {o.text(u"name"_s), o.date(u"date"_s), o.text(u"url"_s),
                                            o.text(u"issuer"_s)};
                    })
        && readList(root, u"languages"_s, &r.languages, &r, e, [](ObjectReader &o) {
               return LanguageEntry {0, o.text(u"language"_s), o.text(u"fluency"_s), 0};
           });
    if (!ok)
        return std::nullopt;
    root.noteUnknown();
    return r;
}

QByteArray JsonResume::serialize() const
{
    QJsonObject root;
    root.insert(u"$schema"_s,
                u"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"_s);
    QJsonObject b;
    const Profile &p = basics.profile;
    putText(b, u"name"_s, p.name);
    putText(b, u"label"_s, p.headline);
    putText(b, u"email"_s, p.email);
    putText(b, u"phone"_s, p.phone);
    putText(b, u"url"_s, p.website);
    putText(b, u"summary"_s, p.summary);
    QJsonObject loc;
    putText(loc, u"address"_s, basics.location.address);
    putText(loc, u"postalCode"_s, basics.location.postalCode);
    putText(loc, u"city"_s, basics.location.city);
    putText(loc, u"countryCode"_s, basics.location.countryCode);
    putText(loc, u"region"_s, basics.location.region);
    if (!loc.isEmpty())
        b.insert(u"location"_s, loc);
    QJsonArray profiles;
    for (const ProfileLink &l : basics.profiles) {
        QJsonObject o;
        putText(o, u"network"_s, l.network);
        putText(o, u"username"_s, l.username);
        putText(o, u"url"_s, l.url);
        profiles.append(o);
    }
    if (!profiles.isEmpty())
        b.insert(u"profiles"_s, profiles);
    root.insert(u"basics"_s, b);

    QJsonArray work;
    for (const Work &w : this->work) {
        QJsonObject o;
        putText(o, u"name"_s, w.name);
        putText(o, u"position"_s, w.position);
        putText(o, u"location"_s, w.location);
        putText(o, u"url"_s, w.url);
        putDate(o, u"startDate"_s, w.startDate);
        putDate(o, u"endDate"_s, w.endDate);
        putText(o, u"summary"_s, w.summary);
        putTexts(o, u"highlights"_s, w.highlights);
        work.append(o);
    }
    root.insert(u"work"_s, work);
    QJsonArray education;
    for (const Education &ed : this->education) {
        QJsonObject o;
        putText(o, u"institution"_s, ed.institution);
        putText(o, u"url"_s, ed.url);
        putText(o, u"area"_s, ed.area);
        putText(o, u"studyType"_s, ed.studyType);
        putDate(o, u"startDate"_s, ed.startDate);
        putDate(o, u"endDate"_s, ed.endDate);
        putText(o, u"score"_s, ed.score);
        putTexts(o, u"courses"_s, ed.courses);
        education.append(o);
    }
    root.insert(u"education"_s, education);
    QJsonArray skills;
    for (const Skill &s : this->skills) {
        QJsonObject o;
        putText(o, u"name"_s, s.name);
        putText(o, u"level"_s, s.level);
        putTexts(o, u"keywords"_s, s.keywords);
        skills.append(o);
    }
    root.insert(u"skills"_s, skills);
    QJsonArray projects;
    for (const Project &pr : this->projects) {
        QJsonObject o;
        putText(o, u"name"_s, pr.name);
        putText(o, u"description"_s, pr.description);
        putTexts(o, u"highlights"_s, pr.highlights);
        putTexts(o, u"keywords"_s, pr.keywords);
        putDate(o, u"startDate"_s, pr.startDate);
        putDate(o, u"endDate"_s, pr.endDate);
        putText(o, u"url"_s, pr.url);
        putTexts(o, u"roles"_s, pr.roles);
        projects.append(o);
    }
    root.insert(u"projects"_s, projects);
    QJsonArray certificates;
    for (const Certificate &c : this->certificates) {
        QJsonObject o;
        putText(o, u"name"_s, c.name);
        putDate(o, u"date"_s, c.date);
        putText(o, u"url"_s, c.url);
        putText(o, u"issuer"_s, c.issuer);
        certificates.append(o);
    }
    root.insert(u"certificates"_s, certificates);
    QJsonArray languages;
    for (const LanguageEntry &l : this->languages) {
        QJsonObject o;
        putText(o, u"language"_s, l.language);
        putText(o, u"fluency"_s, l.fluency);
        languages.append(o);
    }
    root.insert(u"languages"_s, languages);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
