#include "languageseditor.h"

#include "common/changevaluecommand.h"
#include "db/languagerepository.h"
#include "domain/resumevalidator.h"
#include "entrycommand.h"
#include "entryorder.h"
#include "resumestore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

LanguagesEditor::LanguagesEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent)
    : EntryListEditor(store, undoStack, u"language"_s, parent)
    , m_language(new QLineEdit(this))
    , m_fluency(new QComboBox(this))
{
    list()->setAccessibleName(tr("Languages"));
    setTexts(tr("&Add language"), tr("No languages yet. Add the languages you work in."));
    m_language->setObjectName(u"languageName"_s);
    m_fluency->setObjectName(u"languageFluency"_s);
    m_fluency->setEditable(true);
    m_fluency->setInsertPolicy(QComboBox::NoInsert);
    // Suggestions only: any words the user prefers are kept as typed.
    m_fluency->addItems({tr("native"), tr("fluent"), u"C2"_s, u"C1"_s, u"B2"_s, u"B1"_s, u"A2"_s,
                         u"A1"_s, tr("conversational"), tr("basic")});
    m_fluency->setCurrentIndex(-1);
    m_fluency->lineEdit()->setAccessibleName(tr("Fluency"));
    addField(tr("&Language:"), m_language, u"language"_s);
    addField(tr("&Fluency:"), m_fluency, u"fluency"_s);
    connect(m_language, &QLineEdit::editingFinished, this, &LanguagesEditor::commit);
    connect(m_fluency->lineEdit(), &QLineEdit::editingFinished, this, &LanguagesEditor::commit);
    connect(m_fluency, &QComboBox::activated, this, &LanguagesEditor::commit);
    connect(store, &ResumeStore::partChanged, this, [this](ResumeStore::Part part) {
        if (part == ResumeStore::Part::Languages)
            reload();
    });
}

bool LanguagesEditor::read()
{
    const auto entries = store()->languages();
    m_entries = entries.value_or(QList<LanguageEntry>());
    return entries.has_value();
}

QStringList LanguagesEditor::labels() const
{
    QStringList out;
    for (const LanguageEntry &e : m_entries)
        out << LanguageRepository::displayText(e);
    return out;
}

void LanguagesEditor::showEntry(int row)
{
    const LanguageEntry e = m_entries.value(row);
    m_language->setText(e.language);
    m_fluency->setCurrentText(e.fluency);
}

void LanguagesEditor::commit()
{
    const int row = currentRow();
    if (loading() || row < 0 || row >= m_entries.size())
        return;
    LanguageEntry after = m_entries[row];
    after.language = m_language->text().trimmed();
    after.fluency = m_fluency->currentText().trimmed();
    if (!showProblems(ResumeValidator::validate(after)) || after == m_entries[row])
        return;
    ResumeStore *s = store();
    (void)StoreCommand::push(undoStack(),
                             new ChangeValueCommand<LanguageEntry>(
                                 tr("Edit language %1").arg(after.language), m_entries[row], after,
                                 [s](const LanguageEntry &v) { return s->updateLanguage(v); }));
}

WriteResult LanguagesEditor::addEntry()
{
    LanguageEntry e;
    e.language = tr("New language");
    e.sortOrder = EntryOrder::nextSortOrder(m_entries);
    ResumeStore *s = store();
    const WriteResult r
        = StoreCommand::push(undoStack(),
                             new EntryCommand<LanguageEntry>(
                                 tr("Add language"), EntryCommand<LanguageEntry>::Action::Add, e,
                                 [s](const LanguageEntry &v) { return s->addLanguage(v); },
                                 [s](qint64 id) { return s->removeLanguage(id); }));
    if (r.ok()) {
        m_language->setFocus();
        m_language->selectAll();
    }
    return r;
}

WriteResult LanguagesEditor::removeEntry(int row)
{
    ResumeStore *s = store();
    const LanguageEntry e = m_entries.value(row);
    return StoreCommand::push(undoStack(),
                              new EntryCommand<LanguageEntry>(
                                  tr("Remove language %1").arg(e.language),
                                  EntryCommand<LanguageEntry>::Action::Remove, e,
                                  [s](const LanguageEntry &v) { return s->addLanguage(v); },
                                  [s](qint64 id) { return s->removeLanguage(id); }));
}

WriteResult LanguagesEditor::moveEntries(const QList<int> &order)
{
    const auto after = EntryOrder::reordered(m_entries, order);
    if (!after)
        return WriteResult::failure(QString());
    ResumeStore *s = store();
    return StoreCommand::push(
        undoStack(),
        new ChangeValueCommand<QList<LanguageEntry>>(
            tr("Reorder languages"), m_entries, *after,
            [s](const QList<LanguageEntry> &v) { return s->reorderLanguages(v); }));
}
