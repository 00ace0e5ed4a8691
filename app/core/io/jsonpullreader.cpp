#include "jsonpullreader.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 ChunkBytes = 64 * 1024;
}

JsonPullReader::JsonPullReader(QIODevice *device)
    : m_device(device)
{ }

bool JsonPullReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_eof)
        return false;
    m_buffer = m_device->read(ChunkBytes);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        return false;
    }
    return true;
}

int JsonPullReader::peekByte()
{
    return fill() ? static_cast<unsigned char>(m_buffer.at(m_pos)) : -1;
}

int JsonPullReader::getByte()
{
    if (!fill())
        return -1;
    const int c = static_cast<unsigned char>(m_buffer.at(m_pos++));
    ++m_consumed;
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
        ++m_column;
    }
    return c;
}

void JsonPullReader::skipWhitespace()
{
    for (int c = peekByte(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peekByte())
        getByte();
}

JsonPullReader::Token JsonPullReader::fail(const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = message;
    }
    return Token::Error;
}

bool JsonPullReader::readString(QString *out)
{
    getByte(); // the opening quote
    QByteArray bytes;
    QString result = u""_s; // never null: an empty text is not NULL
    auto flush = [&] {
        result += QString::fromUtf8(bytes);
        bytes.clear();
    };
    for (;;) {
        const int c = getByte();
        if (c < 0)
            return fail(tr("the text is not closed (a \" is missing)")), false;
        if (c == '"')
            break;
        if (c < 0x20)
            return fail(tr("a control character inside a text")), false;
        if (bytes.size() + result.size() > MaxStringBytes)
            return fail(tr("a text is longer than %1 MB").arg(MaxStringBytes / (1024 * 1024))),
                   false;
        if (c != '\\') {
            bytes.append(char(c));
            continue;
        }
        const int e = getByte();
        switch (e) {
        case '"':
            bytes.append('"');
            break;
        case '\\':
            bytes.append('\\');
            break;
        case '/':
            bytes.append('/');
            break;
        case 'b':
            bytes.append('\b');
            break;
        case 'f':
            bytes.append('\f');
            break;
        case 'n':
            bytes.append('\n');
            break;
        case 'r':
            bytes.append('\r');
            break;
        case 't':
            bytes.append('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int h = getByte();
                const int v = h >= '0' && h <= '9' ? h - '0'
                    : h >= 'a' && h <= 'f'         ? h - 'a' + 10
                    : h >= 'A' && h <= 'F'         ? h - 'A' + 10
                                                   : -1;
                if (v < 0)
                    return fail(tr("\\u needs four hexadecimal digits")), false;
                unit = char16_t(unit * 16 + v);
            }
            flush();
            result += QChar(unit); // surrogate pairs arrive as two escapes
            break;
        }
        default:
            return fail(tr("an unknown escape in a text")), false;
        }
    }
    flush();
    *out = result;
    return true;
}

bool JsonPullReader::readNumber()
{
    m_number.clear();
    for (int c = peekByte();
         (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
         c = peekByte()) {
        if (m_number.size() > 64)
            return fail(tr("a number is too long")), false;
        m_number.append(char(getByte()));
    }
    bool ok = false;
    m_number.toDouble(&ok);
    // JSON's own form: no leading '+', no leading zeros, digits on both sides of '.'.
    const QByteArray &n = m_number;
    const qsizetype digits = n.startsWith('-') ? 1 : 0;
    if (!ok || n.startsWith('+') || n.size() <= digits
        || !(n.at(digits) >= '0' && n.at(digits) <= '9')
        || (n.size() > digits + 1 && n.at(digits) == '0' && n.at(digits + 1) >= '0'
            && n.at(digits + 1) <= '9')
        || n.endsWith('.') || n.contains(".e") || n.contains(".E"))
        return fail(tr("\"%1\" is not a number").arg(QString::fromLatin1(n))), false;
    return true;
}

bool JsonPullReader::readLiteral(const char *word)
{
    for (const char *p = word; *p; ++p) {
        if (getByte() != *p)
            return fail(tr("an unknown word (only true, false and null are allowed)")), false;
    }
    return true;
}

JsonPullReader::Token JsonPullReader::valueToken(int c)
{
    switch (c) {
    case '{':
        getByte();
        if (m_stack.size() >= MaxDepth)
            return fail(tr("nested deeper than %1 levels").arg(MaxDepth));
        m_stack.append('{');
        m_expect = Expect::NameOrEnd;
        return Token::BeginObject;
    case '[':
        getByte();
        if (m_stack.size() >= MaxDepth)
            return fail(tr("nested deeper than %1 levels").arg(MaxDepth));
        m_stack.append('[');
        m_expect = Expect::ValueOrEnd;
        return Token::BeginArray;
    case '"':
        return readString(&m_text) ? afterValue(Token::String) : Token::Error;
    case 't':
        m_bool = true;
        return readLiteral("true") ? afterValue(Token::Bool) : Token::Error;
    case 'f':
        m_bool = false;
        return readLiteral("false") ? afterValue(Token::Bool) : Token::Error;
    case 'n':
        return readLiteral("null") ? afterValue(Token::Null) : Token::Error;
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return readNumber() ? afterValue(Token::Number) : Token::Error;
        return fail(c < 0 ? tr("the file ends too early") : tr("a value was expected"));
    }
}

JsonPullReader::Token JsonPullReader::afterValue(Token t)
{
    m_expect = m_stack.isEmpty() ? Expect::Nothing : Expect::CommaOrEnd;
    return t;
}

JsonPullReader::Token JsonPullReader::next()
{
    if (m_failed)
        return Token::Error;
    for (;;) {
        skipWhitespace();
        m_tokenLine = m_line;
        m_tokenColumn = m_column;
        const int c = peekByte();
        switch (m_expect) {
        case Expect::Nothing:
            if (c >= 0)
                return fail(tr("there is more after the end of the document"));
            return Token::End;
        case Expect::Value:
            return valueToken(c);
        case Expect::ValueOrEnd:
            if (c == ']') {
                getByte();
                m_stack.removeLast();
                return afterValue(Token::EndArray);
            }
            return valueToken(c);
        case Expect::NameOrEnd:
            if (c == '}') {
                getByte();
                m_stack.removeLast();
                return afterValue(Token::EndObject);
            }
            Q_FALLTHROUGH();
        case Expect::Name:
            if (c != '"')
                return fail(tr("a name in quotes was expected"));
            if (!readString(&m_text))
                return Token::Error;
            m_expect = Expect::Colon;
            return Token::Name;
        case Expect::Colon:
            if (c != ':')
                return fail(tr("a ':' was expected"));
            getByte();
            m_expect = Expect::Value;
            continue;
        case Expect::CommaOrEnd: {
            const char open = m_stack.last();
            if (c == ',') {
                getByte();
                m_expect = open == '{' ? Expect::Name : Expect::Value;
                continue;
            }
            if ((open == '{' && c == '}') || (open == '[' && c == ']')) {
                getByte();
                m_stack.removeLast();
                return afterValue(open == '{' ? Token::EndObject : Token::EndArray);
            }
            return fail(c < 0             ? tr("the file ends too early")
                            : open == '{' ? tr("a ',' or '}' was expected")
                                          : tr("a ',' or ']' was expected"));
        }
        }
    }
}

bool JsonPullReader::skipValue(Token token)
{
    if (token == Token::Error || token == Token::End)
        return false;
    if (token != Token::BeginObject && token != Token::BeginArray)
        return true;
    int depth = 1;
    while (depth > 0) {
        const Token t = next();
        if (t == Token::Error || t == Token::End)
            return false;
        if (t == Token::BeginObject || t == Token::BeginArray)
            ++depth;
        else if (t == Token::EndObject || t == Token::EndArray)
            --depth;
    }
    return true;
}
