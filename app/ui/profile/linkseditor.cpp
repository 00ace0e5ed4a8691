#include "linkseditor.h"

#include "common/changevaluecommand.h"
#include "domain/resumevalidator.h"
#include "resumestore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>

using namespace Qt::StringLiterals;

LinksEditor::LinksEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent)
    : EntryListEditor(store, undoStack, u"link"_s, parent)
    , m_network(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_url(new QLineEdit(this))
{
    list()->setAccessibleName(tr("Links"));
    setTexts(tr("&Add link"), tr("No links yet. Add your GitHub, LinkedIn or blog."));
    m_network->setObjectName(u"linkNetwork"_s);
    m_username->setObjectName(u"linkUsername"_s);
    m_url->setObjectName(u"linkUrl"_s);
    m_network->setEditable(true);
    m_network->setInsertPolicy(QComboBox::NoInsert);
    m_network->addItems({u"GitHub"_s, u"LinkedIn"_s, u"GitLab"_s, u"Kaggle"_s, u"Hugging Face"_s,
                         tr("Blog"), tr("Website")});
    m_network->setCurrentIndex(-1);
    m_network->lineEdit()->setAccessibleName(tr("Site"));
    m_url->setPlaceholderText(tr("https://..."));
    addField(tr("Si&te:"), m_network, u"network"_s);
    addField(tr("User name:"), m_username, u"username"_s);
    addField(tr("Web address:"), m_url, u"url"_s);
    connect(m_network->lineEdit(), &QLineEdit::editingFinished, this, &LinksEditor::commit);
    connect(m_network, &QComboBox::activated, this, &LinksEditor::commit);
    for (QLineEdit *e : {m_username, m_url})
        connect(e, &QLineEdit::editingFinished, this, &LinksEditor::commit);
    connect(store, &ResumeStore::partChanged, this, [this](ResumeStore::Part part) {
        if (part == ResumeStore::Part::Links)
            reload();
    });
}

bool LinksEditor::read()
{
    const auto entries = store()->links();
    m_entries = entries.value_or(QList<ProfileLink>());
    return entries.has_value();
}

QStringList LinksEditor::labels() const
{
    QStringList out;
    for (const ProfileLink &l : m_entries)
        //: A link in the list: "GitHub: https://github.com/..."
        out << (l.url.isEmpty() ? l.network : tr("%1: %2").arg(l.network, l.url));
    return out;
}

void LinksEditor::showEntry(int row)
{
    const ProfileLink l = m_entries.value(row);
    m_network->setCurrentText(l.network);
    m_username->setText(l.username);
    m_url->setText(l.url);
}

WriteResult LinksEditor::push(const QString &text, const QList<ProfileLink> &after)
{
    ResumeStore *s = store();
    return StoreCommand::push(
        undoStack(),
        new ChangeValueCommand<QList<ProfileLink>>(
            text, m_entries, after, [s](const QList<ProfileLink> &v) { return s->setLinks(v); }));
}

void LinksEditor::commit()
{
    const int row = currentRow();
    if (loading() || row < 0 || row >= m_entries.size())
        return;
    ProfileLink link = m_entries[row];
    link.network = m_network->currentText().trimmed();
    link.username = m_username->text().trimmed();
    link.url = m_url->text().trimmed();
    if (!showProblems(ResumeValidator::validate(link)) || link == m_entries[row])
        return;
    QList<ProfileLink> after = m_entries;
    after[row] = link;
    (void)push(tr("Edit link %1").arg(link.network), after);
}

WriteResult LinksEditor::addEntry()
{
    QList<ProfileLink> after = m_entries;
    ProfileLink l;
    l.network = tr("Website");
    after.append(l);
    const WriteResult r = push(tr("Add link"), after);
    if (r.ok()) {
        m_network->setFocus();
        m_network->lineEdit()->selectAll();
    }
    return r;
}

WriteResult LinksEditor::removeEntry(int row)
{
    QList<ProfileLink> after = m_entries;
    if (row < 0 || row >= after.size())
        return WriteResult::failure(QString());
    const QString network = after.takeAt(row).network;
    return push(tr("Remove link %1").arg(network), after);
}

WriteResult LinksEditor::moveEntries(const QList<int> &order)
{
    if (order.size() != m_entries.size()
        || QSet<int>(order.begin(), order.end()).size() != order.size())
        return WriteResult::failure(QString());
    QList<ProfileLink> after;
    for (int old : order) {
        if (old < 0 || old >= m_entries.size())
            return WriteResult::failure(QString());
        after.append(m_entries[old]);
    }
    return push(tr("Reorder links"), after);
}
