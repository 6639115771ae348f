import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  yaml
} from "./chunk-B6FR4GSX.js";
import {
  ScanResult
} from "./chunk-UPRZOTWU.js";
import {
  require_picomatch
} from "./chunk-3AABUXT5.js";
import {
  LIMITS,
  formatBytes,
  limit
} from "./chunk-322VWJWO.js";
import {
  InputError,
  inputError
} from "./chunk-WG3IXMWM.js";
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS,
  __toESM
} from "./chunk-KAUMNO2H.js";

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args) {
        const result = { title, command };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path10 = this.getPath();
        if (path10 === null || path10.startsWith("/")) {
          return path10;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path10 : parent + "/" + path10;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path10) => {
      const end = path10.length - 1;
      const index = path10.lastIndexOf(
        SLASH,
        path10[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path10 : path10.slice(index + 1);
    };
    var parentOf = (path10) => {
      if (path10.charCodeAt(0) === SLASH_CODE || path10.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path10.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path10.length - 1;
      const cut = path10.lastIndexOf(
        SLASH,
        path10.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path10.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path10) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path10)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path10, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path10) : path10;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path10
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path10, originalPath, doThrow) => {
      if (!isString(path10)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path10) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path10)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path10) => {
      const first = path10.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path10.length === 1) {
        return true;
      }
      const second = path10.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path10.length === 2 || path10.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path10) {
        checkPath(
          path10,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path10 ? this._t(path10, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path10 = convertPath(target);
        if (!path10 || path10.charCodeAt(path10.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path10);
        }
        const dir = this._t(path10, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path10);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path10, cache2) {
        if (path10 in cache2) {
          return cache2[path10];
        }
        const parentPath = parentOf(path10);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path10] = parent && parent.ignored ? parent : this._rules.test(path10, MODE_IGNORE);
      }
      ignores(path10) {
        return this._test(path10, this._ignoreCache, convertPath(path10)).ignored;
      }
      createFilter() {
        return (path10) => !this.ignores(path10);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path10) {
        return this._test(path10, this._testCache, convertPath(path10));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path10) => checkPath(convertPath(path10), path10, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path10) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path10) || isNotRelative(path10);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/scan/scanRepository.ts
import fs5 from "node:fs";
import path9 from "node:path";

// src/scan/rules.ts
var DEPLOY_STEP = "Run it once as an explicit deploy step (a CI/CD job, a Kubernetes Job or Helm/Argo CD hook, a release phase) and remove it from the start path.";
var COMMAND_RULES = [
  { id: "alembic-upgrade", tool: "alembic", programs: ["alembic"], args: [["upgrade"]], unless: ["--sql"], explanation: "`alembic upgrade` applies pending Alembic migrations.", fix: DEPLOY_STEP },
  { id: "flask-db-upgrade", tool: "flask-migrate", programs: ["flask"], args: [["db", "upgrade"]], unless: ["--sql"], explanation: "`flask db upgrade` applies pending Flask-Migrate migrations.", fix: DEPLOY_STEP },
  { id: "django-migrate", tool: "django", programs: ["manage.py", "django-admin", "django-admin.py", "django"], args: [["migrate"]], unless: ["--check", "--plan", "--help"], explanation: "`manage.py migrate` applies pending Django migrations.", fix: DEPLOY_STEP },
  { id: "rails-db-migrate", tool: "rails", programs: ["rails", "rake"], args: [["db:migrate"], ["db:prepare"]], explanation: "`rails db:migrate` / `db:prepare` applies pending Active Record migrations.", fix: DEPLOY_STEP },
  { id: "laravel-artisan-migrate", tool: "laravel", programs: ["artisan"], args: [["migrate"], ["migrate:fresh"], ["migrate:refresh"]], explanation: "`php artisan migrate` applies pending Laravel migrations.", fix: DEPLOY_STEP },
  { id: "prisma-migrate", tool: "prisma", programs: ["prisma"], args: [["migrate", "deploy"], ["migrate", "dev"], ["migrate", "reset"], ["db", "push"]], explanation: "`prisma migrate deploy` (or `migrate dev`, `db push`) changes the schema.", fix: DEPLOY_STEP },
  { id: "typeorm-migration-run", tool: "typeorm", programs: ["typeorm", "typeorm-ts-node-commonjs", "typeorm-ts-node-esm"], args: [["migration:run"]], explanation: "`typeorm migration:run` applies pending TypeORM migrations.", fix: DEPLOY_STEP },
  { id: "sequelize-db-migrate", tool: "sequelize", programs: ["sequelize", "sequelize-cli"], args: [["db:migrate"]], explanation: "`sequelize db:migrate` applies pending Sequelize migrations.", fix: DEPLOY_STEP },
  { id: "knex-migrate-latest", tool: "knex", programs: ["knex"], args: [["migrate:latest"], ["migrate:up"]], explanation: "`knex migrate:latest` applies pending Knex migrations.", fix: DEPLOY_STEP },
  { id: "mikro-orm-migration-up", tool: "mikro-orm", programs: ["mikro-orm", "mikro-orm-esm"], args: [["migration:up"]], explanation: "`mikro-orm migration:up` applies pending MikroORM migrations.", fix: DEPLOY_STEP },
  { id: "node-pg-migrate-up", tool: "node-pg-migrate", programs: ["node-pg-migrate"], args: [["up"]], explanation: "`node-pg-migrate up` applies pending migrations.", fix: DEPLOY_STEP },
  { id: "golang-migrate-up", tool: "golang-migrate", programs: ["migrate"], args: [["up"], ["goto"]], explanation: "`migrate \u2026 up` (golang-migrate) applies pending migrations.", fix: DEPLOY_STEP },
  { id: "goose-up", tool: "goose", programs: ["goose"], args: [["up"], ["up-by-one"], ["up-to"]], explanation: "`goose \u2026 up` applies pending goose migrations.", fix: DEPLOY_STEP },
  { id: "atlas-apply", tool: "atlas", programs: ["atlas"], args: [["migrate", "apply"], ["schema", "apply"]], explanation: "`atlas migrate apply` / `schema apply` changes the schema.", fix: DEPLOY_STEP },
  { id: "dbmate-up", tool: "dbmate", programs: ["dbmate"], args: [["up"], ["migrate"]], explanation: "`dbmate up` applies pending dbmate migrations.", fix: DEPLOY_STEP },
  { id: "flyway-migrate", tool: "flyway", programs: ["flyway"], args: [["migrate"]], explanation: "`flyway migrate` applies pending Flyway migrations.", fix: DEPLOY_STEP },
  { id: "flyway-build-plugin", tool: "flyway", programs: ["mvn", "mvnw", "gradle", "gradlew"], args: [["flyway:migrate"], ["flywayMigrate"]], explanation: "The Flyway Maven/Gradle plugin's migrate goal applies pending migrations.", fix: DEPLOY_STEP },
  { id: "liquibase-update", tool: "liquibase", programs: ["liquibase"], args: [["update"], ["update-count"], ["update-to-tag"], ["updateCount"], ["updateToTag"]], explanation: "`liquibase update` applies pending changesets.", fix: DEPLOY_STEP },
  { id: "liquibase-build-plugin", tool: "liquibase", programs: ["mvn", "mvnw", "gradle", "gradlew"], args: [["liquibase:update"]], explanation: "The Liquibase Maven plugin's update goal applies pending changesets.", fix: DEPLOY_STEP },
  { id: "ef-database-update", tool: "ef-core", programs: ["dotnet"], args: [["ef", "database", "update"]], explanation: "`dotnet ef database update` applies pending EF Core migrations.", fix: DEPLOY_STEP },
  { id: "ef-database-update", tool: "ef-core", programs: ["dotnet-ef"], args: [["database", "update"]], explanation: "`dotnet ef database update` applies pending EF Core migrations.", fix: DEPLOY_STEP },
  { id: "mix-ecto-migrate", tool: "ecto", programs: ["mix"], args: [["ecto.migrate"]], explanation: "`mix ecto.migrate` applies pending Ecto migrations.", fix: DEPLOY_STEP },
  { id: "ecto-release-migrate", tool: "ecto", programs: ["*"], args: [], argPattern: /^eval\s+["']?[\w.]*(?:Release\.migrate|Ecto\.Migrator\.run)\b/, explanation: "The release's `migrate` task (Ecto.Migrator) runs.", fix: DEPLOY_STEP },
  { id: "diesel-migration-run", tool: "diesel", programs: ["diesel"], args: [["migration", "run"]], explanation: "`diesel migration run` applies pending Diesel migrations.", fix: DEPLOY_STEP },
  { id: "sqlx-migrate-run", tool: "sqlx", programs: ["sqlx"], args: [["migrate", "run"]], explanation: "`sqlx migrate run` applies pending SQLx migrations.", fix: DEPLOY_STEP }
];
var BOOT_FIX = "Remove the call from application start-up and apply migrations as an explicit deploy step (a CI/CD job, a Kubernetes Job or Helm/Argo CD hook, a release phase).";
var CODE_RULES = [
  { id: "alembic-command-upgrade", tool: "alembic", languages: ["python"], pattern: /\b(?:alembic\.)?command\.upgrade\s*\(/g, requires: /\balembic\b/, explanation: "Alembic's `command.upgrade()` applies pending migrations while the application starts.", fix: BOOT_FIX },
  { id: "flask-migrate-upgrade", tool: "flask-migrate", languages: ["python"], pattern: /\bflask_migrate\.upgrade\s*\(|(?<![\w.])(?<!\bdef\s+)upgrade\s*\(/g, requires: /\bfrom\s+flask_migrate\s+import\b[^\n]*\bupgrade\b|\bflask_migrate\.upgrade\b/, explanation: "Flask-Migrate's `upgrade()` applies pending migrations while the application starts.", fix: BOOT_FIX },
  { id: "django-call-command-migrate", tool: "django", languages: ["python"], pattern: /\b(?:management\.)?(?:call_command|execute_from_command_line)\s*\([^)]*\)/g, confirm: /^[\w.]*call_command\s*\(\s*["']migrate["']|^execute_from_command_line\s*\(\s*\[[^\]]*["']migrate["']/, context: "django-boot", explanation: '`call_command("migrate")` in code Django runs at start-up (wsgi/asgi, settings, `AppConfig.ready`) applies pending migrations on every boot.', fix: BOOT_FIX },
  { id: "rails-migrate-call", tool: "rails", languages: ["ruby"], pattern: /\bActiveRecord::Tasks::DatabaseTasks\.migrate\b|\bActiveRecord::Migrator\.(?:migrate|up|run)\b|\bmigration_context\.migrate\b|\bMigrationContext\.new\b[^\n]*\.migrate\b|\bRake::Task\[[^\]]*\]\.invoke\b/g, confirm: /^(?!Rake)|Rake::Task\[\s*["']db:(?:migrate|prepare)["']\s*\]/, explanation: "Active Record migrations are applied from application code that runs at boot (an initializer or `after_initialize`).", fix: BOOT_FIX },
  { id: "laravel-artisan-call-migrate", tool: "laravel", languages: ["php"], pattern: /\bArtisan::call\s*\([^)]*\)/g, confirm: /Artisan::call\s*\(\s*["']migrate(?::fresh|:refresh)?(?![:\w-])/, explanation: "`Artisan::call('migrate')` in application code (a service provider's `boot()`) applies pending migrations on every boot.", fix: BOOT_FIX },
  { id: "typeorm-migrations-run", tool: "typeorm", languages: ["javascript", "ormconfig"], pattern: /["']?\bmigrationsRun["']?\s*:\s*true\b/g, explanation: "`migrationsRun: true` makes TypeORM apply pending migrations whenever the data source initialises.", fix: "Set `migrationsRun: false` and run `typeorm migration:run` as an explicit deploy step." },
  { id: "typeorm-run-migrations", tool: "typeorm", languages: ["javascript"], pattern: /\.\s*runMigrations\s*\(/g, explanation: "`dataSource.runMigrations()` applies pending TypeORM migrations while the application starts.", fix: BOOT_FIX },
  { id: "sequelize-sync-alter", tool: "sequelize", languages: ["javascript"], pattern: /\.\s*sync\s*\(\s*\{[^}]*\b(?:alter|force)\s*:\s*(?!false\b)[^\s,}]/g, explanation: "`sequelize.sync({ alter | force })` rewrites tables to match the models while the application starts.", fix: "Use plain `sync()` at most, and apply schema changes with versioned migrations as a deploy step." },
  { id: "umzug-up", tool: "sequelize", languages: ["javascript"], pattern: /\.\s*up\s*\(/g, requires: /\bumzug\b/i, explanation: "Umzug's `up()` applies pending migrations while the application starts.", fix: BOOT_FIX },
  { id: "knex-migrate-latest", tool: "knex", languages: ["javascript"], pattern: /\.\s*migrate\s*\.\s*(?:latest|up)\s*\(/g, explanation: "`knex.migrate.latest()` applies pending Knex migrations while the server starts.", fix: BOOT_FIX },
  { id: "mikro-orm-migrator-up", tool: "mikro-orm", languages: ["javascript"], pattern: /(?:getMigrator\s*\(\s*\)|\.\s*migrator)\s*\.\s*up\s*\(/g, explanation: "MikroORM's `getMigrator().up()` applies pending migrations while the application starts.", fix: BOOT_FIX },
  { id: "node-pg-migrate-runner", tool: "node-pg-migrate", languages: ["javascript"], pattern: /\b(?:runner|migrate|runMigrations)\s*\(\s*\{[^}]*\}/g, confirm: /\bdirection\s*:\s*["']up["']/, requires: /node-pg-migrate/, explanation: "node-pg-migrate's runner with `direction: 'up'` applies pending migrations while the application starts.", fix: BOOT_FIX },
  { id: "golang-migrate-up", tool: "golang-migrate", languages: ["go"], pattern: /\b\w+\s*\.\s*(?:Up\s*\(\s*\)|Steps\s*\(\s*\+?[1-9])/g, requires: /golang-migrate\/migrate/, explanation: "golang-migrate's `m.Up()` applies pending migrations while the program starts.", fix: BOOT_FIX },
  { id: "goose-up", tool: "goose", languages: ["go"], pattern: /\bgoose\s*\.\s*(?:Up|UpContext|UpTo|UpToContext|UpByOne|UpByOneContext)\s*\(/g, requires: /pressly\/goose/, explanation: "`goose.Up()` applies pending goose migrations while the program starts.", fix: BOOT_FIX },
  { id: "gorm-automigrate", tool: "gorm", languages: ["go"], pattern: /\.\s*AutoMigrate\s*\(/g, requires: /gorm\.io\/gorm|jinzhu\/gorm/, explanation: "GORM's `AutoMigrate()` changes tables to match the structs while the program starts (and is not a versioned migration).", fix: "Replace AutoMigrate with versioned migrations applied as an explicit deploy step." },
  { id: "flyway-migrate-call", tool: "flyway", languages: ["java"], pattern: /\.\s*migrate\s*\(\s*\)|\binitMethod\s*=\s*"[^"\n]*"/g, confirm: /^\.|initMethod\s*=\s*"migrate"/, requires: /org\.flywaydb/, explanation: "A Flyway bean calls `migrate()` while the Spring context starts.", fix: BOOT_FIX },
  { id: "liquibase-update-call", tool: "liquibase", languages: ["java"], pattern: /\b\w*[Ll]iquibase\w*\s*\.\s*update\s*\(/g, requires: /liquibase/, explanation: "`liquibase.update()` applies pending changesets while the application starts.", fix: BOOT_FIX },
  { id: "ef-core-database-migrate", tool: "ef-core", languages: ["csharp"], pattern: /\bDatabase\s*\.\s*Migrate(?:Async)?\s*\(/g, explanation: "`Database.Migrate()` / `MigrateAsync()` applies pending EF Core migrations while the host starts.", fix: "Apply migrations with an EF Core migration bundle or `dotnet ef database update` as a deploy step, not in Program.cs." },
  { id: "ecto-migrator-run", tool: "ecto", languages: ["elixir"], pattern: /\bEcto\.Migrator\.run\s*\(|\{\s*Ecto\.Migrator\s*,/g, context: "otp-application", explanation: "`Ecto.Migrator` runs from the OTP application's start callback, so every boot applies pending migrations.", fix: 'Run the release\'s migrate task (`bin/app eval "App.Release.migrate"`) as a deploy step instead.' },
  { id: "diesel-run-pending-migrations", tool: "diesel", languages: ["rust"], pattern: /\.\s*run_pending_migrations\s*\(/g, explanation: "Diesel's `run_pending_migrations()` applies embedded migrations while the server starts.", fix: BOOT_FIX },
  { id: "sqlx-migrate-run", tool: "sqlx", languages: ["rust"], pattern: /\bsqlx::migrate!\s*\([^)]*\)\s*\.\s*run\s*\(/g, explanation: "`sqlx::migrate!().run()` applies embedded migrations while the server starts.", fix: BOOT_FIX }
];
var SETTING_RULES = [
  { id: "spring-flyway-enabled", tool: "flyway", key: "spring.flyway.enabled", explanation: "`spring.flyway.enabled: true` makes Spring Boot apply pending Flyway migrations when the application starts.", fix: "Set `spring.flyway.enabled: false` and run `flyway migrate` as an explicit deploy step." },
  { id: "spring-liquibase-enabled", tool: "liquibase", key: "spring.liquibase.enabled", explanation: "`spring.liquibase.enabled: true` makes Spring Boot apply pending changesets when the application starts.", fix: "Set `spring.liquibase.enabled: false` and run `liquibase update` as an explicit deploy step." }
];
var UNVERIFIABLE_RULE = {
  id: "unverifiable-start-script",
  explanation: "A start command runs a file the scanner could not read or follow (too large, binary, unreadable, vendored or nested too deep), so it cannot show that no migration runs there.",
  fix: "Keep start scripts small text files in the repository, or suppress with a reason after checking the file by hand."
};

// src/scan/appCode.ts
var C_LIKE = { line: ["//"], block: ["/*", "*/"], quotes: ['"', "'", "`"] };
var SYNTAX = {
  python: { line: ["#"], quotes: ['"', "'"], triple: true },
  javascript: C_LIKE,
  go: C_LIKE,
  ruby: { line: ["#"], quotes: ['"', "'"] },
  php: { line: ["//", "#"], block: ["/*", "*/"], quotes: ['"', "'"] },
  java: { line: ["//"], block: ["/*", "*/"], quotes: ['"'], triple: true },
  csharp: { line: ["//"], block: ["/*", "*/"], quotes: ['"'], triple: true },
  elixir: { line: ["#"], quotes: ['"'], triple: true },
  rust: { line: ["//"], block: ["/*", "*/"], quotes: ['"'] },
  ormconfig: { line: ["#"], quotes: [] }
};
var EXTENSIONS = [
  [/\.py$/, "python"],
  [/\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/, "javascript"],
  [/\.go$/, "go"],
  [/\.rb$/, "ruby"],
  [/\.php$/, "php"],
  [/\.(?:java|kt|kts|groovy|scala)$/, "java"],
  [/\.cs$/, "csharp"],
  [/\.exs?$/, "elixir"],
  [/\.rs$/, "rust"],
  [/(^|\/)ormconfig\.(?:json|ya?ml)$/, "ormconfig"]
];
function languageOf(file, firstLine = "") {
  for (const [re, lang] of EXTENSIONS) if (re.test(file) && !file.endsWith(".d.ts")) return lang;
  const shebang = /^#!.*\b(python\d*|node|ruby|php)\b/.exec(firstLine)?.[1];
  if (!shebang) return void 0;
  return shebang.startsWith("python") ? "python" : shebang === "node" ? "javascript" : shebang;
}
var NOT_BOOT_PATHS = [
  /(^|\/)(tests?|__tests__|spec|specs|e2e|testdata|testing|fixtures?|__mocks__)\//i,
  /(_test\.(go|py|rb|exs?)|(^|\/)test_[^/]*\.py|(^|\/)conftest\.py|\.(test|spec)\.[cm]?[jt]sx?|(Test|Tests|IT|Spec)\.(java|kt|cs)|_spec\.rb)$/,
  /(^|\/)(migrations?|migrate|Migrations|versions|seeders?|seeds|factories)\//,
  /(^|\/)(scripts?|tools|hack|docs?|examples?|samples?)\//,
  /(^|\/)(commands|tasks)\//i,
  /(^|\/)(migrate|migrator|migrations?|run[-_]?migrations?|db[-_]?migrate|seed)\.[a-z]+$/i
];
function isBootPath(file) {
  return !NOT_BOOT_PATHS.some((re) => re.test(file));
}
var CONTEXTS = {
  // Django runs these at start-up: the WSGI/ASGI module, settings, URLconf and AppConfig.ready().
  "django-boot": (file, masked) => /(^|\/)(wsgi|asgi|apps|urls|settings)\.py$/.test(file) || /\/settings\/[^/]+\.py$/.test(file) || /\bdef\s+ready\s*\(/.test(masked),
  // The OTP application callback module starts with the release.
  "otp-application": (_file, masked) => /\buse\s+Application\b/.test(masked)
};
function maskCode(text, syntax) {
  const out = text.split("");
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i = 0;
  while (i < text.length) {
    const line = syntax.line.find((l) => text.startsWith(l, i) && !(l === "#" && text[i + 1] === "[" && syntax === SYNTAX.php));
    if (line) {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (syntax.block && text.startsWith(syntax.block[0], i)) {
      const end = text.indexOf(syntax.block[1], i + 2);
      const stop = end === -1 ? text.length : end + syntax.block[1].length;
      blank(i, stop);
      i = stop;
      continue;
    }
    const q = syntax.quotes.find((c) => text[i] === c);
    if (q) {
      const triple = syntax.triple && text.startsWith(q.repeat(3), i) ? q.repeat(3) : q;
      let k = i + triple.length;
      while (k < text.length && !text.startsWith(triple, k)) {
        if (text[k] === "\\") k++;
        else if (triple.length === 1 && text[k] === "\n" && q !== "`") break;
        k++;
      }
      blank(i + triple.length, Math.min(k, text.length));
      i = k + triple.length;
      continue;
    }
    i++;
  }
  return out.join("");
}
var HINT = /migrat|upgrade|sync\s*\(|\.up\s*\(|Up\s*\(|Steps\s*\(|update\s*\(|call_command|command_line|Artisan::call|Rake::Task/i;
function scanCode(file, text, trigger, referenced) {
  const firstLine = text.slice(0, Math.max(0, text.indexOf("\n")));
  const lang = languageOf(file, firstLine);
  if (!lang || !referenced && !isBootPath(file) || !HINT.test(text)) return [];
  const masked = maskCode(text, SYNTAX[lang]);
  const out = [];
  for (const rule of CODE_RULES) {
    if (!rule.languages.includes(lang)) continue;
    if (rule.requires && !rule.requires.test(text)) continue;
    if (rule.context && !referenced && !CONTEXTS[rule.context](file, masked)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(masked); m; m = rule.pattern.exec(masked)) {
      if (m[0].length === 0) rule.pattern.lastIndex++;
      if (rule.confirm && !rule.confirm.test(text.slice(m.index, m.index + m[0].length))) continue;
      out.push({ file, offset: receiverStart(masked, m.index), trigger, tool: rule.tool, rule: rule.id, explanation: rule.explanation, fix: rule.fix });
    }
  }
  return out;
}
function receiverStart(masked, at) {
  let i = at;
  for (; ; ) {
    const prev = masked[i - 1];
    if (prev === void 0 || prev === "\n") return i;
    if (/[\w$.:]/.test(prev)) i--;
    else if (prev === ")") {
      let depth = 0;
      let k = i - 1;
      for (; k >= 0 && masked[k] !== "\n"; k--) {
        if (masked[k] === ")") depth++;
        else if (masked[k] === "(" && --depth === 0) break;
      }
      if (k < 0 || masked[k] !== "(") return i;
      i = k;
    } else return i;
  }
}

// src/scan/compose.ts
import path2 from "node:path";

// src/scan/containerPaths.ts
import path from "node:path";
var posix = path.posix;
function repoPath(p) {
  const n = posix.normalize(p.replace(/^\/+/, ""));
  if (n === "." || n === "") return "";
  if (n.startsWith("..")) return void 0;
  return n.replace(/\/+$/, "");
}
var shapes = /* @__PURE__ */ new WeakMap();
function shapeOf(m) {
  let shape = shapes.get(m);
  if (!shape) {
    const container = m.container === "/" ? "/" : m.container.replace(/\/+$/, "");
    shapes.set(m, shape = { container, base: posix.basename(m.container) });
  }
  return shape;
}
function throughMounts(mounts, containerPath) {
  const p = posix.normalize(containerPath);
  for (let i = mounts.length - 1; i >= 0; i--) {
    const m = mounts[i];
    const c = shapeOf(m).container;
    if (!m.dir) {
      if (p === c) return m.repo;
      continue;
    }
    if (p === c) return m.repo;
    const prefix = c === "/" ? "/" : `${c}/`;
    if (p.startsWith(prefix)) {
      const rel = repoPath(posix.join(m.repo, p.slice(prefix.length)));
      if (rel !== void 0) return rel;
    }
  }
  return void 0;
}
function resolveFile(repo, ctx, value) {
  if (!value || value.includes("$") || value.includes("`") || /[*?]/.test(value)) return void 0;
  const exists = (p) => p !== void 0 && p !== "" && repo.has(p);
  if (ctx.mounts.length > 0) {
    if (!value.includes("/")) {
      for (let i = ctx.mounts.length - 1; i >= 0; i--) {
        const m = ctx.mounts[i];
        const candidate = m.dir ? m.repo === "" || repo.isDir(m.repo) ? repoPath(posix.join(m.repo, value)) : void 0 : shapeOf(m).base === value ? m.repo : void 0;
        if (exists(candidate)) return candidate;
      }
      return void 0;
    }
    const containerPath = value.startsWith("/") ? value : posix.join(ctx.cwd ?? "/", value);
    const mapped = throughMounts(ctx.mounts, containerPath);
    if (exists(mapped)) return mapped;
  }
  if (!value.includes("/")) return void 0;
  if (!value.startsWith("/")) {
    const rel = repoPath(posix.join(ctx.baseDir, value));
    if (exists(rel)) return rel;
    const fromRoot = repoPath(value);
    return exists(fromRoot) ? fromRoot : void 0;
  }
  return bySuffix(repo, value);
}
function bySuffix(repo, abs) {
  const parts = abs.split("/").filter(Boolean);
  for (let n = parts.length; n >= 2; n--) {
    const tail = parts.slice(parts.length - n).join("/");
    if (repo.has(tail)) return tail;
    const matches = repo.files.filter((f) => f.endsWith(`/${tail}`));
    if (matches.length === 1) return matches[0];
  }
  return void 0;
}

// src/scan/sourceMap.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  /** 1-based line and column of an offset. */
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  lineStart(line) {
    return this.starts[line - 1] ?? this.text.length;
  }
  lineText(line) {
    const s = this.lineStart(line);
    const e = this.text.indexOf("\n", s);
    return this.text.slice(s, e === -1 ? this.text.length : e).replace(/\r$/, "");
  }
  get lineCount() {
    return this.starts.length;
  }
};
function alignDecoded(decoded, source, from, to) {
  const map = new Array(decoded.length);
  let j = from;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded[i];
    const limit2 = /\s/.test(c) ? to : Math.min(to, j + 8);
    let k = j;
    while (k < limit2 && source[k] !== c && !(/\s/.test(c) && /\s/.test(source[k]))) k++;
    if (k < limit2) {
      map[i] = k;
      j = k + 1;
    } else map[i] = Math.min(j, to);
  }
  return (offset) => offset < map.length ? map[offset] : Math.min(j, to);
}
function decodeJsonString(source, start) {
  let value = "";
  const offsets = [];
  let i = start + 1;
  const SIMPLE = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", "/": "/", "\\": "\\", '"': '"' };
  while (i < source.length && source[i] !== '"') {
    if (source[i] === "\\") {
      const e = source[i + 1] ?? "";
      if (e === "u") {
        value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        offsets.push(i);
        i += 6;
      } else {
        value += SIMPLE[e] ?? e;
        offsets.push(i + 1);
        i += 2;
      }
    } else {
      value += source[i];
      offsets.push(i);
      i++;
    }
  }
  return { value, offsets, end: i + 1 };
}

// src/scan/yamlDocs.ts
function readYaml(text) {
  const spans = /* @__PURE__ */ new WeakMap();
  const stack = [];
  try {
    const docs = [];
    yaml.loadAll(
      text,
      (d) => {
        docs.push(d);
      },
      {
        json: true,
        listener(event, state) {
          if (event === "open") stack.push(state.position);
          else {
            const start = stack.pop() ?? 0;
            if (state.result !== null && typeof state.result === "object") spans.set(state.result, { start, end: state.position });
          }
        }
      }
    );
    return { text, docs, spans };
  } catch {
    return void 0;
  }
}
function isRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function valueSpan(file, mapping, key) {
  const outer = file.spans.get(mapping);
  if (!outer) return void 0;
  const { text } = file;
  let first = outer.start;
  while (first < outer.end && /[\s-]/.test(text[first])) first++;
  const col = (i) => i - (text.lastIndexOf("\n", i - 1) + 1);
  const childCol = col(first);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`["']?${escaped}["']?[ \\t]*:(?=\\s|$)`, "g");
  re.lastIndex = first;
  for (let m = re.exec(text); m && m.index < outer.end; m = re.exec(text)) {
    if (col(m.index) !== childCol) continue;
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    if (!/^[ \t]*(?:-[ \t]+)?$/.test(text.slice(lineStart, m.index))) continue;
    const start = m.index + m[0].length;
    let end = outer.end;
    for (let nl = text.indexOf("\n", start); nl !== -1 && nl < outer.end; nl = text.indexOf("\n", nl + 1)) {
      let k = nl + 1;
      while (text[k] === " " || text[k] === "	") k++;
      if (k >= text.length || text[k] === "\n" || text[k] === "#" || text[k] === "\r") continue;
      const indent = k - (nl + 1);
      if (indent < childCol || indent === childCol && !/^-[ \t]/.test(text.slice(k, k + 2))) {
        end = nl;
        break;
      }
    }
    return { start, end };
  }
  return void 0;
}
function listWords(file, items, span) {
  if (!items.every((i) => typeof i === "string" || typeof i === "number")) return void 0;
  const words = [];
  let cursor = span.start;
  for (const item of items) {
    const value = String(item);
    const first = value.trimStart().split(/\s/)[0] ?? "";
    const found = first ? file.text.indexOf(first, cursor) : -1;
    const at = found !== -1 && found < span.end ? found : cursor;
    const toFile = alignDecoded(value, file.text, at, span.end);
    const offsets = [...value].map((_, k) => toFile(k));
    words.push({ value, start: offsets[0] ?? at, end: offsets[offsets.length - 1] ?? at, offsets, quoted: true });
    cursor = Math.max(cursor, (offsets[offsets.length - 1] ?? at) + 1);
  }
  return words;
}
function scalarToFile(file, value, span) {
  return alignDecoded(value, file.text, span.start, span.end);
}
function yamlCommand(file, mapping, key) {
  const value = mapping[key];
  if (typeof value === "string") {
    const span = valueSpan(file, mapping, key);
    if (!span) return void 0;
    return { kind: "shell", value, toFile: scalarToFile(file, value, span) };
  }
  if (Array.isArray(value)) {
    const span = file.spans.get(value) ?? valueSpan(file, mapping, key);
    const words = span ? listWords(file, value, span) : void 0;
    return words ? { kind: "words", words } : void 0;
  }
  return void 0;
}

// src/scan/compose.ts
var posix2 = path2.posix;
var COMPOSE_FILE = /(^|\/)(docker-)?compose([.-][\w.-]+)?\.ya?ml$/;
function services(file, yf) {
  const dir = posix2.dirname(file) === "." ? "" : posix2.dirname(file);
  const out = [];
  for (const doc of yf.docs) {
    if (!isRecord(doc) || !isRecord(doc.services)) continue;
    for (const [name, spec] of Object.entries(doc.services)) if (isRecord(spec)) out.push({ name, spec, dir });
  }
  return out;
}
function envPairs(value) {
  if (Array.isArray(value)) {
    return value.filter((v) => typeof v === "string" && v.includes("=")).map((v) => [v.slice(0, v.indexOf("=")), v.slice(v.indexOf("=") + 1)]);
  }
  if (isRecord(value)) return Object.entries(value).filter(([, v]) => v !== null && typeof v !== "object").map(([k, v]) => [k, String(v)]);
  return [];
}
function envFilePairs(text) {
  return text.split("\n").map((l) => /^\s*(?:export\s+)?([A-Za-z_]\w*)\s*=\s*(.*?)\s*$/.exec(l)).filter((m) => m !== null).map((m) => [m[1], m[2].replace(/^(["'])(.*)\1$/, "$2")]);
}
function composeEnv(repo, file, yf) {
  const out = [];
  for (const s of services(file, yf)) {
    out.push(...envPairs(s.spec.environment));
    const envFiles = [].concat(s.spec.env_file ?? []);
    for (const f of envFiles) {
      const p = typeof f === "string" ? f : isRecord(f) && typeof f.path === "string" ? f.path : void 0;
      const rel = p === void 0 ? void 0 : repoPath(posix2.join(s.dir, p));
      const text = rel === void 0 ? void 0 : repo.read(rel);
      if (text !== void 0) out.push(...envFilePairs(text));
    }
  }
  return out;
}
function serviceBuild(file, yf) {
  const out = [];
  for (const s of services(file, yf)) {
    const b = s.spec.build;
    const ctx = typeof b === "string" ? b : isRecord(b) && typeof b.context === "string" ? b.context : isRecord(b) ? "." : void 0;
    if (ctx === void 0) continue;
    const context = repoPath(posix2.join(s.dir, ctx));
    const df = isRecord(b) && typeof b.dockerfile === "string" ? b.dockerfile : "Dockerfile";
    const dockerfile = context === void 0 ? void 0 : repoPath(posix2.join(context, df));
    if (context !== void 0 && dockerfile !== void 0) out.push({ dockerfile, context, target: isRecord(b) && typeof b.target === "string" ? b.target : void 0 });
  }
  return out;
}
function bindMounts(s) {
  const out = [];
  for (const v of Array.isArray(s.spec.volumes) ? s.spec.volumes : []) {
    let source;
    let target;
    if (typeof v === "string") {
      const parts = v.split(":");
      if (parts.length >= 2 && /^[./~]/.test(parts[0])) [source, target] = parts;
    } else if (isRecord(v) && v.type === "bind" && typeof v.source === "string" && typeof v.target === "string") {
      source = v.source;
      target = v.target;
    }
    const repo = source === void 0 || source.startsWith("~") ? void 0 : repoPath(posix2.join(s.dir, source));
    if (repo !== void 0 && target) out.push({ container: posix2.resolve("/", target), repo, dir: true });
  }
  return out;
}
async function followCompose(file, yf, follower, image) {
  for (const s of services(file, yf)) {
    const build = serviceBuild(file, { ...yf, docs: [{ services: { [s.name]: s.spec } }] })[0];
    const img = build ? image(build.dockerfile, build.context) : void 0;
    const stage = img ? img.stages.find((st) => st.name === build?.target) ?? img.stages[img.stages.length - 1] : void 0;
    const mounts = [...stage?.mounts ?? [], ...bindMounts(s)];
    const cwd = typeof s.spec.working_dir === "string" ? s.spec.working_dir : stage?.workdir ?? "/";
    const start = { origin: { file, trigger: "process-manager", scriptTrigger: "container-start" }, paths: { cwd, mounts, baseDir: s.dir } };
    const command = yamlCommand(yf, s.spec, "command");
    const entrypoint = yamlCommand(yf, s.spec, "entrypoint");
    for (const c of [entrypoint, command]) {
      if (!c) continue;
      if (c.kind === "shell") await follower.shell(c.value, c.toFile, start);
      else await follower.command(c.words, (i) => i, start);
    }
    const imageEntry = stage?.entrypoint?.form === "exec" ? stage.entrypoint.words : void 0;
    if (!entrypoint && command?.kind === "words" && imageEntry && img) {
      await follower.command([...imageEntry, ...command.words], (i) => i, { origin: { file: img.file, trigger: "container-start", scriptTrigger: "container-start" }, paths: start.paths });
    }
  }
}

// src/scan/dockerfile.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
import path3 from "node:path";
var posix3 = path3.posix;
function substitute(s, vars) {
  return s.replace(/\$\{(\w+)(?::?[-+][^}]*)?\}|\$(\w+)/g, (m, a, b) => vars.get(a ?? b) ?? m);
}
function commandOf(ins, text, lines2) {
  const range = ins.getArgumentsRange();
  if (!range) return void 0;
  const json = "getJSONStrings" in ins ? ins.getJSONStrings() : [];
  if (json.length > 0) {
    const words = json.map((j) => {
      const r = j.getRange();
      const start = lines2.lineStart(r.start.line + 1) + r.start.character;
      const s = decodeJsonString(text, start);
      return { value: s.value, start, end: s.end, offsets: s.offsets, quoted: true };
    });
    return { form: "exec", words };
  }
  return { form: "shell", from: lines2.lineStart(range.start.line + 1) + range.start.character, to: lines2.lineStart(range.end.line + 1) + range.end.character };
}
function readDockerfile(repo, file, text, context) {
  const lines2 = new LineIndex(text);
  const stages = [];
  const args = /* @__PURE__ */ new Map();
  let stage;
  const sourcePath = (src) => {
    const inContext = repoPath(posix3.join(context, src));
    if (inContext !== void 0 && (repo.has(inContext) || repo.isDir(inContext) || context === "")) return inContext;
    const fromRoot = repoPath(src);
    return fromRoot !== void 0 && (repo.has(fromRoot) || repo.isDir(fromRoot)) ? fromRoot : inContext;
  };
  for (const ins of import_dockerfile_ast.DockerfileParser.parse(text).getInstructions()) {
    const kw = ins.getKeyword();
    const raw = ins.getRawArgumentsContent() ?? "";
    if (kw === "ARG") {
      for (const p of ins.getProperties()) {
        if (p.getValue() !== null) (stage?.env ?? args).set(p.getName(), p.getValue());
      }
      continue;
    }
    if (kw === "FROM") {
      const [image, , alias] = raw.trim().split(/\s+/);
      const base = stages.find((s) => s.name !== void 0 && s.name === image);
      stage = base ? { ...base, name: alias, mounts: [...base.mounts], env: new Map(base.env), runs: [] } : { name: alias, workdir: "/", mounts: [], env: new Map(args), entrypoint: void 0, cmd: void 0, runs: [] };
      stages.push(stage);
      continue;
    }
    if (!stage) continue;
    const vars = stage.env;
    if (kw === "WORKDIR") {
      const dir = substitute(raw.trim().replace(/^["']|["']$/g, ""), vars);
      stage.workdir = posix3.resolve(stage.workdir, dir);
    } else if (kw === "ENV") {
      for (const p of ins.getProperties()) {
        stage.env.set(p.getName(), p.getValue() ?? "");
      }
    } else if (kw === "CMD") {
      stage.cmd = commandOf(ins, text, lines2);
    } else if (kw === "ENTRYPOINT") {
      stage.entrypoint = commandOf(ins, text, lines2);
      stage.cmd = void 0;
    } else if (kw === "RUN") {
      const command = commandOf(ins, text, lines2);
      if (command) stage.runs.push({ command, mounts: [...stage.mounts], workdir: stage.workdir });
    } else if (kw === "COPY" || kw === "ADD") {
      const flags = ins.getFlags();
      const from = flags.find((f) => f.getName() === "from")?.getValue() ?? void 0;
      const cmd = commandOf(ins, text, lines2);
      const parts = cmd?.form === "exec" ? cmd.words.map((w) => w.value) : raw.trim().split(/\s+/);
      if (parts.length < 2) continue;
      const dest = substitute(parts[parts.length - 1], vars);
      const sources = parts.slice(0, -1).map((s) => substitute(s, vars));
      const destAbs = posix3.resolve(stage.workdir, dest);
      const intoDir = dest.endsWith("/") || dest === "." || sources.length > 1;
      const fromStage = from === void 0 ? void 0 : stages.find((s) => s.name === from) ?? (/^\d+$/.test(from) ? stages[Number(from)] : void 0);
      if (from !== void 0 && !fromStage) continue;
      for (const src of sources) {
        if (/^[a-z]+:\/\//.test(src)) continue;
        let repoSrc;
        if (fromStage) repoSrc = throughMounts(fromStage.mounts, posix3.resolve(fromStage.workdir, src));
        else if (/[*?[]/.test(src)) {
          const isMatch = (0, import_picomatch.default)(posix3.join(context, src.replace(/^\.\//, "")), { dot: true });
          for (const f of repo.files.filter((f2) => isMatch(f2))) stage.mounts.push({ container: posix3.join(destAbs, posix3.basename(f)), repo: f, dir: false });
          continue;
        } else repoSrc = sourcePath(src);
        if (repoSrc === void 0) continue;
        if (repo.isDir(repoSrc) || repoSrc === "" || !repo.has(repoSrc)) stage.mounts.push({ container: destAbs, repo: repoSrc, dir: true });
        else stage.mounts.push({ container: intoDir ? posix3.join(destAbs, posix3.basename(repoSrc)) : destAbs, repo: repoSrc, dir: false });
      }
    }
  }
  return { file, text, stages };
}
function dockerEnv(image) {
  return image.stages.flatMap((s) => [...s.env]);
}
function wordsOf(cmd) {
  return cmd?.form === "exec" ? cmd.words : void 0;
}
async function followDockerfile(image, follower) {
  const { file, text } = image;
  const run = (cmd, start) => cmd.form === "exec" ? follower.command(cmd.words, (i) => i, start) : follower.shell(text.slice(cmd.from, cmd.to), (i) => i + cmd.from, start);
  const seen = /* @__PURE__ */ new Set();
  for (const stage of image.stages) {
    for (const r of stage.runs) {
      await run(r.command, { origin: { file, trigger: "build", scriptTrigger: "build" }, paths: { cwd: r.workdir, mounts: r.mounts, baseDir: "" } });
    }
    const key = JSON.stringify([stage.entrypoint, stage.cmd, stage.mounts, stage.workdir]);
    if (seen.has(key)) continue;
    seen.add(key);
    const start = { origin: { file, trigger: "container-start", scriptTrigger: "container-start" }, paths: { cwd: stage.workdir, mounts: stage.mounts, baseDir: "" } };
    if (stage.cmd) await run(stage.cmd, start);
    const entry = wordsOf(stage.entrypoint);
    if (entry) {
      const cmdWords = wordsOf(stage.cmd) ?? [];
      const cmdArgs = stage.cmd?.form === "shell" ? ["/bin/sh", "-c", text.slice(stage.cmd.from, stage.cmd.to)] : cmdWords.map((w) => w.value);
      const [head, ...rest] = entry;
      await follower.command([head, ...rest, ...cmdWords], (i) => i, { ...start, args: cmdArgs });
    } else if (stage.entrypoint) await run(stage.entrypoint, start);
  }
}

// src/scan/kubernetes.ts
import path4 from "node:path";
var WORKLOADS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Pod", "Rollout", "DeploymentConfig"]);
var HOOK_ANNOTATIONS = ["helm.sh/hook", "argocd.argoproj.io/hook", "argocd.argoproj.io/sync-wave-hook"];
function chartRoot(repo, file) {
  for (let dir = path4.posix.dirname(file); dir !== "." && dir !== ""; dir = path4.posix.dirname(dir)) {
    if (repo.has(`${dir}/Chart.yaml`)) return dir;
  }
  return repo.has("Chart.yaml") ? "" : void 0;
}
function valuesOf(repo, root) {
  if (root === void 0) return void 0;
  const text = repo.read(root ? `${root}/values.yaml` : "values.yaml");
  if (text === void 0) return void 0;
  try {
    return yaml.load(text);
  } catch {
    return void 0;
  }
}
function lookup(values, dotted) {
  let v = values;
  for (const k of dotted.split(".").filter(Boolean)) v = isRecord(v) ? v[k] : void 0;
  return v;
}
function truthy(v) {
  return !(v === void 0 || v === null || v === false || v === 0 || v === "" || Array.isArray(v) && v.length === 0 || isRecord(v) && Object.keys(v).length === 0);
}
function helmTolerant(text, values) {
  const out = text.split("");
  const blank = (from, to) => {
    for (let i = from; i < to; i++) if (out[i] !== "\n") out[i] = " ";
  };
  const stack = [];
  const re = /\{\{-?\s*(.*?)\s*-?\}\}/gs;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const action = m[1];
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    const lineEnd = text.indexOf("\n", m.index + m[0].length);
    const alone = text.slice(lineStart, m.index).trim() === "" && text.slice(m.index + m[0].length, lineEnd === -1 ? text.length : lineEnd).trim() === "";
    const word = /^(\w+)/.exec(action)?.[1];
    if (word === "if" || word === "with" || word === "range" || word === "define" || word === "block") {
      const cond = /^if\s+(not\s+)?\.Values\.([\w.]+)\s*$/.exec(action);
      const known = word === "if" && cond !== null && values !== void 0;
      const off = known ? truthy(lookup(values, cond[2])) === Boolean(cond[1]) : word === "define";
      stack.push({ off, known: known || word === "define", start: m.index });
    } else if (word === "else" && stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.off) blank(top.start, m.index);
      top.off = top.known ? !top.off : false;
      top.start = m.index;
    } else if (word === "end" && stack.length > 0) {
      const top = stack.pop();
      if (top.off) blank(top.start, m.index);
    }
    if (alone) blank(lineStart, lineEnd === -1 ? text.length : lineEnd);
    else blank(m.index, m.index + m[0].length);
  }
  return out.join("");
}
function readManifest(repo, file, text) {
  if (!text.includes("{{")) return readYaml(text);
  return readYaml(helmTolerant(text, valuesOf(repo, chartRoot(repo, file))));
}
function isHook(doc) {
  const meta = isRecord(doc.metadata) ? doc.metadata : {};
  const ann = isRecord(meta.annotations) ? meta.annotations : {};
  return HOOK_ANNOTATIONS.some((a) => a in ann);
}
function podSpecs(doc) {
  if (!isRecord(doc)) return [];
  if (doc.kind === "List" && Array.isArray(doc.items)) return doc.items.flatMap(podSpecs);
  if (typeof doc.kind !== "string" || !WORKLOADS.has(doc.kind) || isHook(doc)) return [];
  const spec = isRecord(doc.spec) ? doc.spec : void 0;
  if (doc.kind === "Pod") return spec ? [spec] : [];
  const tmpl = spec && isRecord(spec.template) && isRecord(spec.template.spec) ? spec.template.spec : void 0;
  return tmpl ? [tmpl] : [];
}
function containersOf(pod) {
  return [pod.initContainers, pod.containers].flatMap((l) => Array.isArray(l) ? l.filter(isRecord) : []);
}
function manifestEnv(yf) {
  const out = [];
  for (const doc of yf.docs) {
    for (const pod of podSpecs(doc)) {
      for (const c of containersOf(pod)) {
        for (const e of Array.isArray(c.env) ? c.env : []) {
          if (isRecord(e) && typeof e.name === "string" && (typeof e.value === "string" || typeof e.value === "number" || typeof e.value === "boolean")) out.push([e.name, String(e.value)]);
        }
      }
    }
  }
  return out;
}
async function followManifest(file, yf, follower) {
  for (const doc of yf.docs) {
    for (const pod of podSpecs(doc)) {
      for (const c of containersOf(pod)) {
        const start = {
          origin: { file, trigger: "pod-start", scriptTrigger: "container-start" },
          paths: { cwd: typeof c.workingDir === "string" ? c.workingDir : void 0, mounts: [], baseDir: "" }
        };
        const parts = [yamlCommand(yf, c, "command"), yamlCommand(yf, c, "args")].filter((p) => p !== void 0);
        const words = parts.flatMap((p) => p.kind === "words" ? p.words : []);
        if (words.length > 0) await follower.command(words, (i) => i, start);
        for (const p of parts) if (p.kind === "shell") await follower.shell(p.value, p.toFile, start);
        const post = isRecord(c.lifecycle) && isRecord(c.lifecycle.postStart) && isRecord(c.lifecycle.postStart.exec) ? c.lifecycle.postStart.exec : void 0;
        const hook = post ? yamlCommand(yf, post, "command") : void 0;
        if (hook?.kind === "words") await follower.command(hook.words, (i) => i, start);
      }
    }
  }
}
function looksLikeManifest(text) {
  return /^kind:\s*\S/m.test(text) && /^apiVersion:\s*\S/m.test(text);
}

// src/scan/processManagers.ts
function lines(text) {
  const out = [];
  let start = 0;
  for (const line of text.split("\n")) {
    out.push({ line: line.replace(/\r$/, ""), start });
    start += line.length + 1;
  }
  return out;
}
var PROCFILE_NOT_START = /* @__PURE__ */ new Set(["release", "postdeploy", "predeploy"]);
var procfile = {
  id: "procfile",
  matches: (file) => /(^|\/)Procfile(\.[\w-]+)?$/.test(file),
  commands: (text) => lines(text).flatMap(({ line, start }) => {
    const m = /^([\w-]+)\s*:\s*/.exec(line);
    if (!m || PROCFILE_NOT_START.has(m[1])) return [];
    return [{ from: start + m[0].length, to: start + line.length }];
  }),
  env: () => []
};
var systemd = {
  id: "systemd",
  matches: (file) => /\.service$/.test(file),
  commands: (text) => lines(text).flatMap(({ line, start }) => {
    const m = /^\s*ExecStart(?:Pre|Post)?\s*=\s*[-@:+!|]*/.exec(line);
    return m ? [{ from: start + m[0].length, to: start + line.length }] : [];
  }),
  env: (text) => lines(text).flatMap(({ line }) => {
    const m = /^\s*Environment\s*=\s*(.*)$/.exec(line);
    if (!m) return [];
    return [...m[1].matchAll(/"?([A-Za-z_]\w*)=([^"\s]*)"?/g)].map((p) => [p[1], p[2]]);
  })
};
function supervisordPrograms(text) {
  const out = [];
  for (const l of lines(text)) {
    const h = /^\s*\[([^\]]+)\]/.exec(l.line);
    if (h) out.push({ header: h[1].trim(), body: [] });
    else out[out.length - 1]?.body.push(l);
  }
  return out.filter((s) => s.header.startsWith("program:") && !s.body.some((l) => /^\s*autostart\s*=\s*false\b/i.test(l.line)));
}
var supervisord = {
  id: "supervisord",
  matches: (file, text) => /\.(conf|ini)$/.test(file) && /^\s*\[program:/m.test(text() ?? ""),
  commands: (text) => supervisordPrograms(text).flatMap(
    (s) => s.body.flatMap(({ line, start }) => {
      const m = /^\s*command\s*=\s*/.exec(line);
      return m ? [{ from: start + m[0].length, to: start + line.length }] : [];
    })
  ),
  env: (text) => supervisordPrograms(text).flatMap(
    (s) => s.body.flatMap(({ line }) => {
      const m = /^\s*environment\s*=\s*(.*)$/.exec(line);
      return m ? [...m[1].matchAll(/([A-Za-z_]\w*)="?([^",]*)"?/g)].map((p) => [p[1], p[2]]) : [];
    })
  )
};
var serviceScript = {
  id: "runit-s6",
  matches: (file) => /(^|\/)(service|services\.d|sv|s6-rc\.d|runit)\/[^/]+\/(run|up)$/.test(file) || /(^|\/)cont-init\.d\/[^/]+$/.test(file),
  commands: (text) => [{ from: 0, to: text.length }],
  env: () => []
};
var PROCESS_MANAGERS = [procfile, systemd, supervisord, serviceScript];

// src/scan/repoFiles.ts
import fs from "node:fs";
import path5 from "node:path";
var RepoFiles = class {
  constructor(root, listing) {
    this.root = root;
    this.listing = listing;
    this.files = listing.files;
    this.fileSet = new Set(listing.files);
    for (const f of listing.files) {
      for (let i = f.indexOf("/"); i !== -1; i = f.indexOf("/", i + 1)) this.dirs.add(f.slice(0, i));
    }
    for (const s of listing.skipped) this.skips.set(s.file, s.reason);
    this.listedSkips = new Set(listing.skipped.map((s) => s.file));
    this.realRoot = fs.realpathSync(root);
    this.vendorFiles = new Set(listing.vendorFiles);
  }
  root;
  listing;
  files;
  fileSet;
  dirs = /* @__PURE__ */ new Set([""]);
  cache = /* @__PURE__ */ new Map();
  skips = /* @__PURE__ */ new Map();
  realRoot;
  vendorFiles;
  maxBytes = limit("fileBytes");
  listedSkips;
  /**
   * The repository holds `rel` (vendor files included, though they are never read), or lists it
   * as skipped (a symlink out of it, a loop): a start command naming it is then unverifiable.
   */
  has(rel) {
    return this.fileSet.has(rel) || this.vendorFiles.has(rel) || this.skippedAncestor(rel) !== void 0;
  }
  /** `rel` or the folder above it that the listing skipped (a symlinked folder is never entered). */
  skippedAncestor(rel) {
    for (let p = rel; p !== "" && p !== "."; p = path5.posix.dirname(p)) if (this.listedSkips.has(p)) return p;
    return void 0;
  }
  isDir(rel) {
    return this.dirs.has(rel);
  }
  /** Why `rel` (a file the repository holds) was not read, if it was not. */
  skipReason(rel) {
    if (this.vendorFiles.has(rel)) return "vendor folder";
    if (this.fileSet.has(rel) && !this.cache.has(rel)) this.read(rel);
    const skipped = this.skippedAncestor(rel);
    if (skipped !== void 0 && skipped !== rel) return `${skipped}: ${this.skips.get(skipped)}`;
    return this.skips.get(rel);
  }
  /** The text of a listed file, or undefined when it is skipped or unreadable. */
  read(rel) {
    if (this.cache.has(rel)) return this.cache.get(rel);
    let text;
    if (this.fileSet.has(rel)) text = this.load(rel);
    this.cache.set(rel, text);
    return text;
  }
  load(rel) {
    const abs = path5.join(this.root, rel);
    let stat;
    try {
      stat = fs.lstatSync(abs);
    } catch {
      return void 0;
    }
    if (stat.isSymbolicLink()) {
      let target;
      try {
        target = fs.realpathSync(abs);
        stat = fs.statSync(target);
      } catch {
        return this.skip(rel, "broken symlink");
      }
      if (target !== this.realRoot && !target.startsWith(this.realRoot + path5.sep)) return this.skip(rel, "symlink leaves the repository");
      if (stat.isDirectory()) return this.skip(rel, "symlinked folder not followed");
    }
    if (!stat.isFile()) return void 0;
    if (stat.size > this.maxBytes) return this.skip(rel, `larger than ${formatBytes(this.maxBytes)}`);
    let bytes;
    try {
      bytes = fs.readFileSync(abs);
    } catch (e) {
      const code = e?.code;
      return this.skip(rel, code === "EACCES" || code === "EPERM" ? "permission denied" : `cannot be read (${code ?? String(e)})`);
    }
    if (bytes.length > this.maxBytes) return this.skip(rel, `larger than ${formatBytes(this.maxBytes)}`);
    if (bytes.subarray(0, 8e3).includes(0)) return this.skip(rel, "binary file");
    return bytes.toString("utf8");
  }
  skip(rel, reason) {
    this.skips.set(rel, reason);
    return void 0;
  }
  /** Everything skipped so far, vendor folders included, sorted. */
  skipped() {
    const out = this.listing.vendorDirs.map((d) => ({ file: d, reason: "vendor folder" }));
    for (const [file, reason] of this.skips) out.push({ file, reason });
    return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  }
};

// src/scan/springConfig.ts
var SPRING_CONFIG = /(^|\/)(application|bootstrap)(-[\w-]+)?\.(properties|ya?ml)$/;
function enabling(value) {
  const v = value.trim().replace(/^(["'])(.*)\1$/, "$2").trim();
  return /^true$/i.test(v) || /^\$\{[^:}]+:true\}$/i.test(v);
}
function yamlKeyLines(text) {
  const out = [];
  let stack = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (/^---/.test(line)) stack = [];
    const m = /^(\s*)([\w.-]+)\s*:(?:\s+(.*?))?\s*(?:#.*)?$/.exec(line);
    if (m && !/^\s*#/.test(line)) {
      const indent = m[1].length;
      stack = stack.filter((s) => s.indent < indent);
      const key = [...stack.map((s) => s.key), m[2]].join(".");
      stack.push({ indent, key: m[2] });
      out.push({ key: key.toLowerCase(), value: m[3] ?? "", offset: offset + indent });
    }
    offset += raw.length + 1;
  }
  return out;
}
function valueAt(doc, key) {
  if (!isRecord(doc)) return void 0;
  if (key in doc) return doc[key];
  const parts = key.split(".");
  for (let n = 1; n < parts.length; n++) {
    const head = parts.slice(0, n).join(".");
    if (head in doc) {
      const v = valueAt(doc[head], parts.slice(n).join("."));
      if (v !== void 0) return v;
    }
  }
  return void 0;
}
function scanSpringConfig(file, text) {
  const out = [];
  const emit = (rule, offset) => out.push({ file, offset, trigger: "app-boot", tool: rule.tool, rule: rule.id, explanation: rule.explanation, fix: rule.fix });
  if (file.endsWith(".properties")) {
    let offset = 0;
    for (const raw of text.split("\n")) {
      const m = /^(\s*)([\w.-]+)\s*[=:]\s*(.*)$/.exec(raw.replace(/\r$/, ""));
      const rule = m ? SETTING_RULES.find((r) => r.key === m[2].toLowerCase()) : void 0;
      if (m && rule && !/^\s*[#!]/.test(raw) && enabling(m[3])) emit(rule, offset + m[1].length);
      offset += raw.length + 1;
    }
    return out;
  }
  const yf = readYaml(text);
  if (!yf) return out;
  for (const rule of SETTING_RULES) {
    const on = yf.docs.some((d) => {
      const v = valueAt(d, rule.key);
      return v === true || typeof v === "string" && enabling(v);
    });
    if (!on) continue;
    for (const k of yamlKeyLines(text)) if (k.key === rule.key && enabling(k.value)) emit(rule, k.offset);
  }
  return out;
}

// src/scan/startPaths.ts
import path7 from "node:path";

// src/scan/commands.ts
var WRAPPERS = [
  { names: ["exec"], valued: ["-a"] },
  { names: ["env"], valued: ["-u", "--unset", "-C", "--chdir", "-S"] },
  { names: ["nohup"] },
  { names: ["time"] },
  { names: ["command"] },
  { names: ["builtin"] },
  { names: ["setsid"] },
  { names: ["nice"], valued: ["-n"] },
  { names: ["sudo"], valued: ["-u", "-g", "-C", "-D", "-h", "-p", "-U", "-r", "-t"] },
  { names: ["gosu"], positionals: 1 },
  { names: ["su-exec"], positionals: 1 },
  { names: ["s6-setuidgid"], positionals: 1 },
  { names: ["chpst"], valued: ["-u", "-U", "-b", "-e", "-n", "-l", "-L", "-m", "-d", "-o", "-p", "-f", "-c", "-r", "-t"] },
  { names: ["with-contenv"] },
  { names: ["tini"], valued: ["-p", "-e"] },
  { names: ["dumb-init"], valued: ["-r", "--rewrite"] },
  { names: ["timeout"], valued: ["-s", "--signal", "-k", "--kill-after"], positionals: 1 },
  { names: ["wait-for-it"], afterDoubleDash: true },
  { names: ["wait-for-it.sh"], afterDoubleDash: true },
  { names: ["wait-for"], afterDoubleDash: true },
  { names: ["dockerize"], valued: ["-wait", "-timeout", "-template", "-stdout", "-stderr", "-wait-retry-interval", "-env"] },
  { names: ["doppler", "run"], afterDoubleDash: true },
  { names: ["dotenv"], valued: ["-e", "-c", "-v"] },
  { names: ["npx"], valued: ["-p", "--package", "-c", "--call"] },
  { names: ["bunx"], valued: ["-p", "--package"] },
  { names: ["pnpx"] },
  { names: ["npm", "exec"], valued: ["-p", "--package", "-c", "--call"] },
  { names: ["pnpm", "exec"] },
  { names: ["pnpm", "dlx"] },
  { names: ["yarn", "dlx"], valued: ["-p", "--package"] },
  { names: ["yarn", "exec"] },
  { names: ["bundle", "exec"] },
  { names: ["poetry", "run"] },
  { names: ["pipenv", "run"] },
  { names: ["uv", "run"], valued: ["--with", "--python", "-p", "--project", "--directory", "--env-file"] },
  { names: ["pdm", "run"] },
  { names: ["hatch", "run"] },
  { names: ["rye", "run"] }
];
var INTERPRETERS = /* @__PURE__ */ new Set(["python", "python3", "python2", "node", "nodejs", "ruby", "php", "perl", "tsx", "ts-node", "bun", "deno"]);
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "busybox"]);
function basename(p) {
  const s = p.replace(/\/+$/, "");
  return s.slice(s.lastIndexOf("/") + 1);
}
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function programName(word) {
  let name = basename(word);
  if (/^python\d(\.\d+)?$/.test(name)) name = "python";
  return name.replace(/@[^/]*$/, "");
}
function unwrap(words) {
  let rest = words.filter((w, i) => !(ASSIGNMENT.test(w.value) && words.slice(0, i).every((p) => ASSIGNMENT.test(p.value))));
  for (let guard = 0; guard < 16 && rest.length > 0; guard++) {
    const names = rest.map((w) => programName(w.value));
    const wrapper = WRAPPERS.find((wr) => wr.names.every((n, k2) => k2 === 0 ? names[0] === n : rest[k2]?.value === n));
    if (!wrapper) break;
    let k = wrapper.names.length;
    if (wrapper.afterDoubleDash) {
      const dd = rest.findIndex((w, idx) => idx >= k && w.value === "--");
      if (dd === -1) break;
      rest = rest.slice(dd + 1);
      continue;
    }
    while (k < rest.length) {
      const v = rest[k].value;
      if (v === "--") {
        k++;
        break;
      }
      if (ASSIGNMENT.test(v) && names[0] === "env") k++;
      else if (wrapper.valued?.includes(v)) k += 2;
      else if (v.startsWith("-") && v.length > 1) k++;
      else break;
    }
    k += wrapper.positionals ?? 0;
    rest = rest.slice(k);
  }
  return rest;
}
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm", "bun"]);
var NPM_LIFECYCLE = /* @__PURE__ */ new Set(["start", "restart", "test", "stop"]);
function packageScripts(words) {
  const pm = programName(words[0]?.value ?? "");
  if (!PACKAGE_MANAGERS.has(pm)) return void 0;
  const args = words.slice(1).map((w) => w.value).filter((v) => !v.startsWith("-"));
  const sub = args[0];
  if (!sub) return void 0;
  let name;
  if (sub === "run" || sub === "run-script") name = args[1];
  else if (sub === "start" || NPM_LIFECYCLE.has(sub) && pm === "npm") name = sub;
  else if (pm !== "npm" && !["install", "add", "remove", "exec", "dlx", "x", "create", "init", "ci", "build"].includes(sub)) name = sub;
  if (!name) return void 0;
  return [`pre${name}`, name, `post${name}`];
}
function interpret(words) {
  const core = unwrap(words);
  const first = core[0];
  if (!first) return [];
  const name = programName(first.value);
  const out = [];
  const scripts = packageScripts(core);
  if (scripts) out.push({ kind: "package-scripts", names: scripts });
  if (SHELLS.has(name)) {
    let k = name === "busybox" ? 2 : 1;
    while (k < core.length && core[k].value.startsWith("-") && core[k].value !== "-") {
      const opt = core[k].value;
      if (!opt.startsWith("--") && opt.includes("c")) {
        const text = core[k + 1];
        return text ? [...out, { kind: "inline-shell", text, args: core.slice(k + 2) }] : out;
      }
      k += opt === "-o" ? 2 : 1;
    }
    if (core[k]) out.push({ kind: "file", file: core[k], args: core.slice(k + 1), viaInterpreter: name });
    return out;
  }
  if (name === "su" || name === "runuser") {
    const c = core.findIndex((w) => w.value === "-c");
    if (c !== -1 && core[c + 1]) out.push({ kind: "inline-shell", text: core[c + 1], args: [] });
    return out;
  }
  if (name === "source" || name === ".") {
    if (core[1]) out.push({ kind: "file", file: core[1], args: core.slice(2), viaInterpreter: "sh" });
    return out;
  }
  if (INTERPRETERS.has(name)) {
    const script = core.slice(1).find((w) => !w.value.startsWith("-"));
    const dashM = core.findIndex((w) => w.value === "-m");
    if (script && dashM === -1) out.push({ kind: "file", file: script, args: core.slice(core.indexOf(script) + 1), viaInterpreter: name });
    return out;
  }
  out.push({ kind: "file", file: first, args: core.slice(1), viaInterpreter: void 0 });
  return out;
}
function ruleView(core) {
  const first = core[0];
  if (!first) return void 0;
  let program = programName(first.value);
  let args = core.slice(1).map((w) => w.value);
  if (program === "python" || program === "ruby" || program === "php" || program === "node" || program === "nodejs" || program === "perl") {
    const m = args.indexOf("-m");
    if (m !== -1 && args[m + 1]) {
      program = args[m + 1];
      args = args.slice(m + 2);
    } else {
      const idx = args.findIndex((a) => !a.startsWith("-"));
      if (idx === -1) return void 0;
      const script = args[idx];
      const bin = /node_modules\/(?:\.bin\/([^/]+)$|(@[^/]+\/[^/]+|[^/@.][^/]*)\/)/.exec(script);
      program = bin ? programName(bin[1] ?? bin[2]) : programName(script);
      args = args.slice(idx + 1);
    }
  } else if (program === "cargo" && args[0] === "sqlx") {
    program = "sqlx";
    args = args.slice(1);
  }
  return { program, args };
}
function containsSequence(args, seq) {
  if (seq.length === 0) return true;
  for (let i = 0; i + seq.length <= args.length; i++) if (seq.every((s, k) => args[i + k] === s)) return true;
  return false;
}
function matchCommand(words) {
  const view = ruleView(unwrap(words));
  if (!view) return void 0;
  const positional = view.args;
  return COMMAND_RULES.find(
    (r) => (r.programs.includes(view.program) || r.programs.includes("*")) && (r.args.length === 0 || r.args.some((seq) => containsSequence(positional, seq))) && !(r.unless ?? []).some((u) => positional.some((a) => a === u || a.startsWith(`${u}=`))) && (!r.argPattern || r.argPattern.test(positional.join(" ")))
  );
}

// src/scan/shell.ts
import fs3 from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// node_modules/sh-syntax/lib/index.js
import fs2 from "node:fs/promises";
import path6 from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/sh-syntax/lib/shim.js
import { randomFillSync } from "node:crypto";
import _fs from "node:fs";
import { performance } from "node:perf_hooks";
globalThis.fs ??= _fs;
globalThis.crypto ??= {
  getRandomValues: randomFillSync
};
globalThis.performance ??= performance;

// node_modules/sh-syntax/lib/types.js
var LangVariant = {
  LangBash: 1,
  LangPOSIX: 1 << 1,
  LangMirBSDKorn: 1 << 2,
  LangBats: 1 << 3,
  LangZsh: 1 << 4,
  LangAuto: 1 << 5
};

// node_modules/sh-syntax/lib/processor.js
var ParseError = class extends Error {
  constructor({ Filename, Incomplete, Text, Pos }) {
    super(Text);
    this.Filename = Filename;
    this.Incomplete = Incomplete;
    this.Text = Text;
    this.Pos = Pos;
  }
};
var encoder;
var decoder;
var getProcessor = (getWasm) => {
  let wasmBufferSource;
  let wasmBufferSourcePromise;
  encoder ??= new TextEncoder();
  decoder ??= new TextDecoder();
  async function processor3(textOrAst, { filepath, print = false, originalText, keepComments = true, variant = LangVariant.LangBash, stopAt = "", recoverErrors = 0, useTabs = false, tabWidth = 2, simplify = false, indent = useTabs ? 0 : tabWidth, binaryNextLine = true, switchCaseIndent = true, spaceRedirects = true, keepPadding = false, minify = false, singleLine = false, functionNextLine = false } = {}) {
    if (!wasmBufferSource && !wasmBufferSourcePromise && getWasm.length === 0) {
      wasmBufferSourcePromise = Promise.resolve(getWasm()).then((source) => "arrayBuffer" in source ? source.arrayBuffer() : source);
    }
    if (wasmBufferSourcePromise) {
      wasmBufferSource = await wasmBufferSourcePromise;
    }
    if (typeof textOrAst !== "string" && !print) {
      print = true;
      if (originalText == null) {
        throw new TypeError("`originalText` is required for now, hope we will find better solution later");
      }
    }
    const go = new Go();
    const wasm = getWasm.length === 0 ? await WebAssembly.instantiate(wasmBufferSource, go.importObject) : {
      instance: await getWasm(go.importObject)
    };
    void go.run(wasm.instance);
    const { memory, wasmAlloc, wasmFree, process: process2 } = wasm.instance.exports;
    const filePath = encoder.encode(filepath);
    const text = encoder.encode(originalText || textOrAst);
    const uStopAt = encoder.encode(stopAt);
    const filePathPointer = wasmAlloc(filePath.byteLength);
    new Uint8Array(memory.buffer).set(filePath, filePathPointer);
    const textPointer = wasmAlloc(text.byteLength);
    new Uint8Array(memory.buffer).set(text, textPointer);
    const stopAtPointer = wasmAlloc(uStopAt.byteLength);
    new Uint8Array(memory.buffer).set(uStopAt, stopAtPointer);
    const resultPointer = process2(filePathPointer, filePath.byteLength, filePath.byteLength, textPointer, text.byteLength, text.byteLength, print, keepComments, variant, stopAtPointer, uStopAt.byteLength, uStopAt.byteLength, recoverErrors, simplify, indent, binaryNextLine, switchCaseIndent, spaceRedirects, keepPadding, minify, singleLine, functionNextLine);
    wasmFree(filePathPointer);
    wasmFree(textPointer);
    wasmFree(stopAtPointer);
    const result = new Uint8Array(memory.buffer).subarray(resultPointer);
    const end = result.indexOf(0);
    const string = decoder.decode(result.subarray(0, end));
    if (!string.startsWith('{"') || !string.endsWith("}")) {
      throw new ParseError({
        Filename: filepath,
        Incomplete: true,
        Text: string
      });
    }
    const { file, text: processedText, parseError, message } = JSON.parse(string);
    if (parseError || message) {
      throw parseError == null ? new SyntaxError(message) : new ParseError(parseError);
    }
    return print ? processedText : file;
  }
  return processor3;
};

// node_modules/sh-syntax/lib/index.js
var importMetaUrl = import.meta.url;
var _dirname = importMetaUrl ? path6.dirname(fileURLToPath(importMetaUrl)) : __dirname;
var processor = getProcessor(() => fs2.readFile(path6.resolve(_dirname, "../main.wasm")));

// src/scan/shellSyntax.ts
var META = /* @__PURE__ */ new Set(["|", "&", ";", "(", ")", "<", ">", "\n", " ", "	", "\r"]);
var OPS = ["&&", "||", ";;&", ";;", ";&", "|&", ";", "&", "|", "(", ")", "\n"];
var REDIRECTS = ["&>>", "&>", "<<<", "<<-", "<<", ">>", ">&", "<&", ">|", "<>", ">", "<"];
function skipBalanced(text, i, open, close, limit2) {
  let depth = 0;
  for (let j = i; j < limit2; j++) {
    const c = text[j];
    if (c === "\\") {
      j++;
      continue;
    }
    if (c === "'" && open !== "`") {
      const k = text.indexOf("'", j + 1);
      j = k === -1 ? limit2 : Math.min(k, limit2);
      continue;
    }
    if (c === open && open !== close) depth++;
    else if (c === close) {
      if (open === close) {
        if (j > i) return j + 1;
      } else if (--depth === 0) return j + 1;
    }
  }
  return limit2;
}
function tokenize(text, from = 0, limit2 = text.length) {
  const tokens = [];
  const heredocs = [];
  let i = from;
  let pendingRedirect = false;
  let pendingHeredoc;
  while (i < limit2) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\\" && text[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (c === "#") {
      while (i < limit2 && text[i] !== "\n") i++;
      continue;
    }
    if (c === "\n") {
      tokens.push({ kind: "op", op: "\n", start: i });
      i++;
      for (const h of heredocs.splice(0)) {
        while (i < limit2) {
          const found = text.indexOf("\n", i);
          const eol = found === -1 || found > limit2 ? limit2 : found;
          const line = text.slice(i, eol);
          i = eol + 1;
          if ((h.strip ? line.replace(/^\t+/, "") : line) === h.delim) break;
        }
      }
      continue;
    }
    const redirect = /^\d*/.exec(text.slice(i, i + 4))[0];
    const afterDigits = i + redirect.length;
    const red = REDIRECTS.find((r) => text.startsWith(r, afterDigits));
    if (red) {
      i = afterDigits + red.length;
      if (red === "<<" || red === "<<-") pendingHeredoc = { strip: red === "<<-" };
      else if (!((red === ">&" || red === "<&") && /^[\d-]/.test(text[i] ?? ""))) pendingRedirect = true;
      else while (/[\d-]/.test(text[i] ?? "")) i++;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (op) {
      tokens.push({ kind: "op", op, start: i });
      i += op.length;
      continue;
    }
    const start = i;
    let value = "";
    const offsets = [];
    let quoted = false;
    const push = (s, at) => {
      for (let k = 0; k < s.length; k++) {
        value += s[k];
        offsets.push(at + k);
      }
    };
    while (i < limit2 && !META.has(text[i])) {
      const ch = text[i];
      if (ch === "\\") {
        if (text[i + 1] === "\n") i += 2;
        else {
          if (i + 1 < limit2) push(text[i + 1], i + 1);
          i += 2;
        }
      } else if (ch === "'") {
        quoted = true;
        const k = text.indexOf("'", i + 1);
        const stop = k === -1 ? limit2 : Math.min(k, limit2);
        push(text.slice(i + 1, stop), i + 1);
        i = stop + 1;
      } else if (ch === "$" && text[i + 1] === "'") {
        quoted = true;
        let k = i + 2;
        while (k < limit2 && text[k] !== "'") k += text[k] === "\\" ? 2 : 1;
        push(text.slice(i + 2, k), i + 2);
        i = k + 1;
      } else if (ch === '"') {
        quoted = true;
        i++;
        while (i < limit2 && text[i] !== '"') {
          const d = text[i];
          const next = i + 1 < limit2 ? text[i + 1] : "";
          if (d === "\\" && next !== "" && '$`"\\\n'.includes(next)) {
            if (next !== "\n") push(next, i + 1);
            i += 2;
          } else if (d === "$" && (text[i + 1] === "(" || text[i + 1] === "{")) {
            const stop = skipBalanced(text, i + 1, text[i + 1], text[i + 1] === "(" ? ")" : "}", limit2);
            push(text.slice(i, stop), i);
            i = stop;
          } else if (d === "`") {
            const stop = skipBalanced(text, i, "`", "`", limit2);
            push(text.slice(i, stop), i);
            i = stop;
          } else {
            push(d, i);
            i++;
          }
        }
        i++;
      } else if (ch === "$" && (text[i + 1] === "(" || text[i + 1] === "{")) {
        const stop = skipBalanced(text, i + 1, text[i + 1], text[i + 1] === "(" ? ")" : "}", limit2);
        push(text.slice(i, stop), i);
        i = stop;
      } else if (ch === "`") {
        const stop = skipBalanced(text, i, "`", "`", limit2);
        push(text.slice(i, stop), i);
        i = stop;
      } else {
        push(ch, i);
        i++;
      }
    }
    const word = { value, start, end: i, offsets, quoted };
    if (pendingHeredoc) {
      heredocs.push({ delim: value, strip: pendingHeredoc.strip });
      pendingHeredoc = void 0;
    } else if (pendingRedirect) pendingRedirect = false;
    else tokens.push({ kind: "word", word });
  }
  return tokens;
}
var TEST_COMMANDS = /* @__PURE__ */ new Set(["[", "[[", "test"]);
var MAX_GUARDS = 32;
var MAX_NESTING = 100;
var COMPOUND_WORDS = /* @__PURE__ */ new Set(["if", "then", "elif", "else", "fi", "while", "until", "do", "done", "for", "select", "in", "case", "esac", "{", "}", "!", "function"]);
function extend(ctx, ...more) {
  const out = ctx.slice(0, MAX_GUARDS);
  for (const g of more) {
    if (out.length >= MAX_GUARDS) break;
    out.push(g);
  }
  return out;
}
function conjoin(a, b) {
  return a && b && a.length + b.length <= MAX_GUARDS ? [...a, ...b] : void 0;
}
var ShellParser = class {
  constructor(tokens, program) {
    this.tokens = tokens;
    this.program = program;
    this.sinks = [program.execs];
  }
  tokens;
  program;
  i = 0;
  depth = 0;
  sinks;
  parseAll() {
    while (this.i < this.tokens.length) {
      const before = this.i;
      this.list([], () => false);
      if (this.i === before) this.i++;
    }
  }
  peekWord() {
    const t = this.tokens[this.i];
    return t?.kind === "word" && !t.word.quoted ? t.word.value : void 0;
  }
  peekOp() {
    const t = this.tokens[this.i];
    return t?.kind === "op" ? t.op : void 0;
  }
  skipSeparators() {
    while (["\n", ";", "&"].includes(this.peekOp() ?? "")) this.i++;
  }
  /** Statements until `stop` says so; returns the success condition of the last one. */
  list(ctx, stop) {
    let last;
    for (; ; ) {
      this.skipSeparators();
      if (this.i >= this.tokens.length || stop()) return last;
      const op = this.peekOp();
      if (op === ")" || op === ";;" || op === ";&" || op === ";;&") return last;
      last = this.andOr(ctx);
    }
  }
  /**
   * `p1 op p2 op p3 …` groups to the left: a member runs when the chain before it succeeded
   * (`&&`) or failed (`||`), which is its one guard. The chain's success is a list of tests that
   * all hold only while every member is a test joined by `&&`; otherwise it is unknown.
   */
  andOr(ctx) {
    let cond = this.pipeline(ctx);
    for (; ; ) {
      const op = this.peekOp();
      if (op !== "&&" && op !== "||") return cond;
      this.i++;
      while (this.peekOp() === "\n") this.i++;
      const guard = cond ? [{ kind: "test", tests: cond, negated: op === "||" }] : [];
      const next = this.pipeline(extend(ctx, ...guard));
      cond = op === "&&" ? conjoin(cond, next) : void 0;
    }
  }
  pipeline(ctx) {
    let negate = false;
    if (this.peekWord() === "!") {
      negate = true;
      this.i++;
    }
    let cond = this.command(ctx);
    while (this.peekOp() === "|" || this.peekOp() === "|&") {
      this.i++;
      while (this.peekOp() === "\n") this.i++;
      this.command(ctx);
      cond = void 0;
    }
    return negate ? void 0 : cond;
  }
  expectWord(w) {
    this.skipSeparators();
    if (this.peekWord() === w) this.i++;
  }
  command(ctx) {
    if (this.depth >= MAX_NESTING) {
      this.flat(ctx);
      return void 0;
    }
    this.depth++;
    try {
      return this.compound(ctx);
    } finally {
      this.depth--;
    }
  }
  /** Everything left, as simple commands under `ctx` with compound words dropped (fail closed). */
  flat(ctx) {
    let words = [];
    const flush = () => {
      const kept = words.filter((w) => w.quoted || !COMPOUND_WORDS.has(w.value));
      if (kept.length > 0) this.sinks[this.sinks.length - 1].push({ words: kept, guards: ctx });
      words = [];
    };
    for (; this.i < this.tokens.length; this.i++) {
      const t = this.tokens[this.i];
      if (t.kind === "op") flush();
      else words.push(t.word);
    }
    flush();
  }
  compound(ctx) {
    const kw = this.peekWord();
    const stopAt = (...ws) => () => ws.includes(this.peekWord() ?? "");
    if (kw === "if") {
      this.i++;
      const negatedSoFar = [];
      let cond = this.list(ctx, stopAt("then"));
      for (; ; ) {
        this.expectWord("then");
        const g = { kind: "test", tests: cond, negated: false };
        this.list(extend(ctx, ...negatedSoFar, g), stopAt("elif", "else", "fi"));
        if (cond && negatedSoFar.length < MAX_GUARDS) negatedSoFar.push({ kind: "test", tests: cond, negated: true });
        const w = this.peekWord();
        if (w === "elif") {
          this.i++;
          cond = this.list(extend(ctx, ...negatedSoFar), stopAt("then"));
          continue;
        }
        if (w === "else") {
          this.i++;
          this.list(extend(ctx, ...negatedSoFar), stopAt("fi"));
        }
        this.expectWord("fi");
        return void 0;
      }
    }
    if (kw === "while" || kw === "until") {
      this.i++;
      this.list(ctx, stopAt("do"));
      this.expectWord("do");
      this.list(ctx, stopAt("done"));
      this.expectWord("done");
      return void 0;
    }
    if (kw === "for" || kw === "select") {
      while (this.i < this.tokens.length && this.peekWord() !== "do") this.i++;
      this.expectWord("do");
      this.list(ctx, stopAt("done"));
      this.expectWord("done");
      return void 0;
    }
    if (kw === "case") {
      this.i++;
      const subject = this.tokens[this.i];
      this.i++;
      this.expectWord("in");
      const earlier = [];
      for (; ; ) {
        this.skipSeparators();
        if (this.peekWord() === "esac" || this.i >= this.tokens.length) break;
        if (this.peekOp() === "(") this.i++;
        const patterns = [];
        while (this.i < this.tokens.length && this.peekOp() !== ")") {
          const t2 = this.tokens[this.i];
          if (t2.kind === "word") patterns.push(t2.word.value);
          this.i++;
        }
        this.i++;
        const g = subject?.kind === "word" ? [{ kind: "case", subject: subject.word, patterns, earlier: earlier.slice(0, MAX_GUARDS * 8) }] : [];
        if (earlier.length < MAX_GUARDS * 8) earlier.push(...patterns);
        this.list(extend(ctx, ...g), stopAt("esac"));
        const op = this.peekOp();
        if (op === ";;" || op === ";&" || op === ";;&") this.i++;
      }
      this.expectWord("esac");
      return void 0;
    }
    if (kw === "{") {
      this.i++;
      this.list(ctx, stopAt("}"));
      this.expectWord("}");
      return void 0;
    }
    if (this.peekOp() === "(") {
      this.i++;
      this.list(ctx, () => false);
      if (this.peekOp() === ")") this.i++;
      return void 0;
    }
    if (kw === "function") {
      this.i++;
      const name = this.peekWord() ?? "";
      this.i++;
      if (this.peekOp() === "(" && this.tokens[this.i + 1]?.kind === "op") this.i += 2;
      this.functionBody(name);
      return void 0;
    }
    const t = this.tokens[this.i];
    const next = this.tokens[this.i + 1];
    const after = this.tokens[this.i + 2];
    if (t?.kind === "word" && next?.kind === "op" && next.op === "(" && after?.kind === "op" && after.op === ")") {
      this.i += 3;
      this.functionBody(t.word.value);
      return void 0;
    }
    return this.simple(ctx);
  }
  functionBody(name) {
    while (this.peekOp() === "\n") this.i++;
    const body = [];
    this.sinks.push(body);
    this.command([]);
    this.sinks.pop();
    this.program.functions.set(name, body);
  }
  simple(ctx) {
    const words = [];
    let inDoubleBracket = false;
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i];
      if (t.kind === "op") {
        if (!inDoubleBracket || t.op === "\n") break;
        words.push({ value: t.op, start: t.start, end: t.start + t.op.length, offsets: [], quoted: false });
        this.i++;
        continue;
      }
      if (words.length === 0 && t.word.value === "[[" && !t.word.quoted) inDoubleBracket = true;
      else if (inDoubleBracket && t.word.value === "]]") inDoubleBracket = false;
      words.push(t.word);
      this.i++;
    }
    if (words.length === 0) return void 0;
    this.sinks[this.sinks.length - 1].push({ words, guards: ctx });
    return TEST_COMMANDS.has(words[0].value) ? [words] : void 0;
  }
};
function readStatements(text, program, from = 0, to = text.length) {
  new ShellParser(tokenize(text, from, to), program).parseAll();
}

// src/scan/shell.ts
var processor2;
function wasmPath() {
  const candidates2 = [];
  try {
    candidates2.push(createRequire(import.meta.url).resolve("sh-syntax/main.wasm"));
  } catch {
  }
  candidates2.push(fileURLToPath2(new URL("./sh-syntax.wasm", import.meta.url)));
  const found = candidates2.find((p) => fs3.existsSync(p));
  if (!found) throw new Error("sh-syntax main.wasm not found");
  return found;
}
function shProcessor() {
  if (!processor2) {
    const module = new WebAssembly.Module(fs3.readFileSync(wasmPath()));
    processor2 = getProcessor((imports) => WebAssembly.instantiate(module, imports));
  }
  return processor2;
}
async function statementSpans(text) {
  try {
    const file = await shProcessor()(text, { keepComments: false });
    return file.Stmts.map((s) => [s.Pos.Offset, s.End.Offset]);
  } catch {
    return [[0, text.length]];
  }
}
var cache = /* @__PURE__ */ new Map();
function parseShell(text) {
  let p = cache.get(text);
  if (!p) {
    p = (async () => {
      const program = { execs: [], functions: /* @__PURE__ */ new Map() };
      const spans = await statementSpans(text);
      const toIndex = byteToIndex(text);
      for (const [s, e] of spans) {
        readStatements(text, program, toIndex(s), toIndex(e));
      }
      return program;
    })();
    if (cache.size > 2e3) cache.clear();
    cache.set(text, p);
  }
  return p;
}
function byteToIndex(text) {
  if (/^[\x00-\x7f]*$/.test(text)) return (b) => b;
  const map = [];
  const enc = new TextEncoder();
  for (let i = 0; i < text.length; i++) {
    const n = enc.encode(text[i]).length;
    for (let k = 0; k < n; k++) map.push(i);
  }
  return (b) => b >= map.length ? text.length : map[b];
}
var UNKNOWN = { canTrue: true, canFalse: true };
function candidates(value, env) {
  if (!value.includes("$")) return [value];
  const m = /^\$(?:(\w+)|\{(\w+)(?:(:?[-=])([^}]*))?\})$/.exec(value);
  if (!m) return void 0;
  const name = m[1] ?? m[2];
  const op = m[3];
  const fallback = m[4] ?? "";
  const apply = (v) => v === void 0 || op?.startsWith(":") && v === "" ? op ? fallback : "" : v;
  if (/^\d+$/.test(name)) {
    if (!env.args) return void 0;
    return [apply(env.args[Number(name) - 1])];
  }
  const set = env.vars.get(name);
  return [apply(void 0), ...[...set ?? []].map(apply)];
}
function evalTest(words, env) {
  let vals = words.map((w) => w.value);
  if (vals[0] === "[" && vals[vals.length - 1] === "]") vals = vals.slice(1, -1);
  else if (vals[0] === "[[" && vals[vals.length - 1] === "]]") vals = vals.slice(1, -1);
  else if (vals[0] === "test") vals = vals.slice(1);
  else return UNKNOWN;
  let negate = false;
  if (vals[0] === "!") {
    negate = true;
    vals = vals.slice(1);
  }
  const flip = (p) => negate ? { canTrue: p.canFalse, canFalse: p.canTrue } : p;
  const over = (xs, f) => xs ? { canTrue: xs.some(f), canFalse: xs.some((x) => !f(x)) } : UNKNOWN;
  if (vals.length === 1) return flip(over(candidates(vals[0], env), (x) => x !== ""));
  if (vals.length === 2 && (vals[0] === "-n" || vals[0] === "-z")) {
    const empty = vals[0] === "-z";
    return flip(over(candidates(vals[1], env), (x) => x === "" === empty));
  }
  if (vals.length === 3 && ["=", "==", "!="].includes(vals[1])) {
    const a = candidates(vals[0], env);
    const b = candidates(vals[2], env);
    if (!a || !b) return UNKNOWN;
    const pairs = a.flatMap((x) => b.map((y) => [x, y]));
    const eq = vals[1] !== "!=";
    return flip(over(pairs.map(([x, y]) => `${x}\0${y}`), (p) => {
      const [x, y] = p.split("\0");
      return x === y === eq;
    }));
  }
  return UNKNOWN;
}
function globToRegExp(glob) {
  const body = glob.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}
function guardsAllow(guards, env) {
  return guards.every((g) => {
    if (g.kind === "case") {
      const subject = candidates(g.subject.value, env);
      if (!subject) return true;
      const matches = (patterns, s) => patterns.some((p) => globToRegExp(p).test(s));
      return subject.some((s) => matches(g.patterns, s) && !matches(g.earlier, s));
    }
    if (!g.tests) return true;
    const results = g.tests.map((t) => evalTest(t, env));
    return g.negated ? results.some((r) => r.canFalse) : results.every((r) => r.canTrue);
  });
}
var MAX_CALL_DEPTH = 8;
function runnableCommands(program, env) {
  const out = [];
  const expand = (execs, outer, stack, scope) => {
    for (const e of execs) {
      const guards = [...outer, ...e.guards];
      if (!guardsAllow(e.guards, scope)) continue;
      const first = e.words.find((w) => !/^\w+=/.test(w.value));
      const body = first ? program.functions.get(first.value) : void 0;
      if (body && first && !stack.includes(first.value) && stack.length < MAX_CALL_DEPTH) {
        const callArgs = e.words.slice(e.words.indexOf(first) + 1).map((w) => w.value);
        const literal = callArgs.every((a) => !a.includes("$"));
        expand(body, guards, [...stack, first.value], { vars: scope.vars, args: literal ? callArgs : void 0 });
        continue;
      }
      out.push({ words: e.words, guards });
    }
  };
  expand(program.execs, [], [], env);
  return out;
}

// src/scan/startPaths.ts
var CODE_FILE = /\.(py|js|mjs|cjs|ts|mts|cts|rb|php|exs?|go|rs|java|kt|cs)$/;
var SHELL_SHEBANG = /^#!\s*\S*\/(?:env\s+)?(?:ba|da|z|k|a)?sh\b/;
var CODE_SHEBANG = /^#!\s*\S*\/(?:env\s+)?(python\d*(?:\.\d+)?|node|ruby|php)\b/;
var StartFollower = class {
  constructor(env) {
    this.env = env;
  }
  env;
  seen = /* @__PURE__ */ new Set();
  maxDepth = limit("startDepth");
  /**
   * A start path nested deeper than the bound is not followed further; what it runs there is
   * unknown, so that is an unverifiable finding where following stopped, never a silent pass.
   */
  tooDeep(depth, file, offset, trigger) {
    if (depth <= this.maxDepth) return false;
    const why = `(nested more than ${this.maxDepth} start commands deep: not followed further)`;
    this.env.emit({ file, offset, trigger, tool: "unknown", rule: UNVERIFIABLE_RULE.id, explanation: `${UNVERIFIABLE_RULE.explanation} ${why}`, fix: UNVERIFIABLE_RULE.fix });
    return true;
  }
  /** Shell text (a script, a shell-form CMD, a Procfile line) that runs on the start path. */
  async shell(text, toFile, start, depth = 0) {
    if (this.tooDeep(depth, start.origin.file, toFile(0), start.origin.trigger)) return;
    const program = await parseShell(text);
    for (const exec of runnableCommands(program, { vars: this.env.vars, args: start.args })) {
      await this.command(exec.words, toFile, start, depth);
    }
  }
  /** One simple command (an exec-form CMD, a manifest's command + args, a shell command). */
  async command(words, toFile, start, depth = 0) {
    if (words.length === 0) return;
    const at = (w) => toFile(w.offsets[0] ?? w.start);
    if (this.tooDeep(depth, start.origin.file, at(words[0]), start.origin.trigger)) return;
    const head = words.find((w) => !/^[A-Za-z_]\w*=/.test(w.value)) ?? words[0];
    const rule = matchCommand(words);
    if (rule) {
      const when = start.origin.trigger === "build" ? " It runs while the image is built (a warning: the build may reach a real database)." : " It runs every time this starts.";
      this.env.emit({ file: start.origin.file, offset: at(head), trigger: start.origin.trigger, tool: rule.tool, rule: rule.id, explanation: rule.explanation + when, fix: rule.fix });
    }
    for (const step of interpret(words)) {
      if (step.kind === "inline-shell") {
        const inner = step.text;
        const literalArgs = step.args.slice(1).map((w) => w.value);
        await this.shell(inner.value, (k) => toFile(inner.offsets[k] ?? inner.start), { ...start, args: literalArgs.some((a) => a.includes("$")) ? void 0 : literalArgs }, depth + 1);
      } else if (step.kind === "package-scripts") {
        const pkg = this.packageJsonFor(start.paths);
        if (pkg) await this.packageScripts(pkg, step.names, depth + 1);
      } else {
        await this.file(step.file, step.args, step.viaInterpreter, at(step.file), start, depth);
      }
    }
  }
  async file(word, args, interpreter, offset, start, depth) {
    const { repo } = this.env;
    const target = resolveFile(repo, start.paths, word.value);
    if (!target) return;
    const skipped = repo.skipReason(target);
    if (skipped) {
      this.env.emit({ file: start.origin.file, offset, trigger: start.origin.trigger, tool: "unknown", rule: UNVERIFIABLE_RULE.id, explanation: `${UNVERIFIABLE_RULE.explanation} (${target}: ${skipped})`, fix: UNVERIFIABLE_RULE.fix });
      return;
    }
    const text = repo.read(target);
    if (text === void 0) return;
    const literal = args.map((a) => a.value);
    const key = `${target}\0${literal.join("\0")}\0${start.origin.scriptTrigger}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const firstLine = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
    const isShell = interpreter ? /sh$/.test(interpreter) : SHELL_SHEBANG.test(firstLine) || /\.(sh|bash)$/.test(target) || !CODE_FILE.test(target) && !CODE_SHEBANG.test(firstLine);
    if (isShell) {
      const origin = { file: target, trigger: start.origin.scriptTrigger, scriptTrigger: start.origin.scriptTrigger };
      await this.shell(text, (i) => i, { origin, paths: start.paths, args: literal.some((a) => a.includes("$")) ? void 0 : literal }, depth + 1);
    } else {
      this.env.scanCode(target, start.origin.scriptTrigger);
    }
  }
  packageJsonFor(paths) {
    const { repo } = this.env;
    const inContainer = paths.mounts.length > 0 ? resolveFile(repo, paths, path7.posix.join(paths.cwd ?? "/", "package.json")) : void 0;
    if (inContainer) return inContainer;
    const local = paths.baseDir ? `${paths.baseDir}/package.json` : "package.json";
    return repo.has(local) ? local : void 0;
  }
  /** Runs package.json scripts by name, as `npm run` would (pre/post hooks included by the caller). */
  async packageScripts(pkgFile, names, depth = 0) {
    if (this.tooDeep(depth, pkgFile, 0, "process-manager")) return;
    const text = this.env.repo.read(pkgFile);
    if (text === void 0) return;
    const scripts = locatePackageScripts(text);
    const dir = path7.posix.dirname(pkgFile);
    const baseDir = dir === "." ? "" : dir;
    for (const name of names) {
      const script = scripts.get(name);
      const key = `${pkgFile}\0script\0${name}`;
      if (!script || this.seen.has(key)) continue;
      this.seen.add(key);
      const origin = { file: pkgFile, trigger: "process-manager", scriptTrigger: "process-manager" };
      await this.shell(script.value, (k) => script.offsets[k] ?? script.start, { origin, paths: { mounts: [], baseDir } }, depth + 1);
    }
  }
};
function locatePackageScripts(text) {
  const out = /* @__PURE__ */ new Map();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return out;
  }
  const scripts = parsed.scripts;
  if (!scripts || typeof scripts !== "object") return out;
  const block = /"scripts"\s*:\s*\{/.exec(text);
  if (!block) return out;
  let i = block.index + block[0].length;
  let key;
  while (i < text.length && text[i] !== "}") {
    if (text[i] === '"') {
      const s = decodeJsonString(text, i);
      if (key === void 0) key = s.value;
      else {
        if (typeof scripts[key] === "string") out.set(key, { value: s.value, offsets: s.offsets, start: i });
        key = void 0;
      }
      i = s.end;
    } else i++;
  }
  return out;
}

// src/scan/suppress.ts
var MARKER = /wo-gate:\s*allow-startup-migration\b(.*)$/;
function suppressionOn(line) {
  const m = MARKER.exec(line);
  if (!m) return void 0;
  return m[1].replace(/(\*\/|-->|%>|#>)\s*$/, "").trim();
}
function applySuppressions(findings, lineOf) {
  const kept = [];
  const suppressed = [];
  const errors = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const candidates2 = [f.line, f.line - 1].filter((n) => n >= 1);
    const hit = candidates2.map((n) => ({ n, reason: suppressionOn(lineOf(f.file, n)) })).find((c) => c.reason !== void 0);
    if (hit && hit.reason) suppressed.push({ ...f, reason: hit.reason });
    else {
      kept.push(f);
      if (hit) {
        errors.set(`${f.file}:${hit.n}`, { file: f.file, line: hit.n, message: "suppression without a reason: write `wo-gate: allow-startup-migration <reason>`" });
      }
    }
  }
  return { findings: kept, suppressed, suppressionErrors: [...errors.values()] };
}

// src/scan/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import { spawnSync } from "node:child_process";
import { isUtf8 } from "node:buffer";
import fs4 from "node:fs";
import path8 from "node:path";
var MAX_FILES = LIMITS.files.value;
var MAX_SCAN_MS = LIMITS.scanMs.value;
var MAX_DEPTH = LIMITS.depth.value;
var MAX_FILE_BYTES = LIMITS.fileBytes.value;
var NOT_UTF8_NAME = "name is not UTF-8: not read";
var VENDOR_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  "vendor",
  "third_party",
  "bower_components",
  "jspm_packages",
  ".venv",
  "venv",
  "site-packages",
  "Pods"
]);
var Deadline = class {
  constructor(ms = limit("scanMs")) {
    this.ms = ms;
    this.end = Date.now() + ms;
  }
  ms;
  end;
  check() {
    if (Date.now() > this.end) throw new InputError(`scan: time bound exceeded (${this.ms / 1e3} s); the repository is too large to verify`);
  }
};
function vendorPrefix(rel) {
  const parts = rel.split("/");
  for (let i = 0; i < parts.length - 1; i++) if (VENDOR_DIRS.has(parts[i])) return parts.slice(0, i + 1).join("/");
  return void 0;
}
function checkBounds(bounds, count, rel) {
  if (count > bounds.files) throw new InputError(`scan: more than ${bounds.files} files; the repository is too large to verify`);
  if (rel.split("/").length > bounds.depth) throw new InputError(`${rel}: deeper than ${bounds.depth} folders; the repository is too deep to verify`);
}
function fsReason(e) {
  const code = e?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "symlink loop";
  return code ?? (e instanceof Error ? e.message : String(e));
}
function unreadable(rel, what, e) {
  return new InputError(`${rel || "."}: cannot read ${what} (${fsReason(e)}); the repository cannot be verified`);
}
function gitListing(root) {
  const run = (args) => spawnSync("git", ["-C", root, ...args], { encoding: "buffer", maxBuffer: 512 * 1024 * 1024 });
  const inside = run(["rev-parse", "--is-inside-work-tree"]);
  if (inside.status !== 0 || inside.stdout.toString().trim() !== "true") return void 0;
  const listed = run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  if (listed.status !== 0) throw new InputError(`${root}: git ls-files failed: ${listed.stderr.toString().trim() || listed.error?.message}`);
  const files = /* @__PURE__ */ new Set();
  const skipped = [];
  for (let start = 0; start < listed.stdout.length; ) {
    const end = listed.stdout.indexOf(0, start);
    const bytes = listed.stdout.subarray(start, end === -1 ? void 0 : end);
    start = end === -1 ? listed.stdout.length : end + 1;
    if (bytes.length === 0) continue;
    if (isUtf8(bytes)) files.add(bytes.toString("utf8"));
    else skipped.push({ file: bytes.toString("utf8"), reason: NOT_UTF8_NAME });
  }
  return { files: [...files], skipped };
}
function ignoreRules(text) {
  const usable = text.split(/\r?\n/).filter((line) => {
    try {
      (0, import_ignore.default)().add(line).ignores("probe");
      return true;
    } catch {
      return false;
    }
  });
  return (0, import_ignore.default)().add(usable);
}
function walkListing(root, deadline, bounds) {
  const files = [];
  const skipped = [];
  const realRoot = fs4.realpathSync(root);
  const visit = (relDir, scopes, depth) => {
    if (depth > bounds.depth) throw new InputError(`${relDir}: deeper than ${bounds.depth} folders; the repository is too deep to verify`);
    deadline.check();
    const abs = path8.join(root, relDir);
    let here = scopes;
    const gitignore = path8.join(abs, ".gitignore");
    if (fs4.existsSync(gitignore)) {
      let rules;
      try {
        rules = fs4.readFileSync(gitignore, "utf8");
      } catch (e) {
        throw unreadable(relDir ? `${relDir}/.gitignore` : ".gitignore", "this .gitignore", e);
      }
      here = [...scopes, { base: relDir, rules: ignoreRules(rules) }];
    }
    const ignored = (rel, dir) => here.some((s) => {
      const sub = s.base ? rel.slice(s.base.length + 1) : rel;
      return sub !== "" && s.rules.ignores(dir ? `${sub}/` : sub);
    });
    let entries;
    try {
      entries = fs4.readdirSync(abs, { withFileTypes: true, encoding: "buffer" });
    } catch (e) {
      throw unreadable(relDir, "this folder", e);
    }
    const named = entries.map((entry) => ({ entry, name: entry.name.toString("utf8"), utf8: isUtf8(entry.name) }));
    for (const { entry, name, utf8 } of named.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const rel = relDir ? `${relDir}/${name}` : name;
      if (name === ".git") continue;
      if (!utf8) {
        skipped.push({ file: rel, reason: NOT_UTF8_NAME });
        continue;
      }
      if (entry.isSymbolicLink()) {
        if (ignored(rel, false)) continue;
        let target;
        try {
          target = fs4.realpathSync(path8.join(root, rel));
        } catch {
          skipped.push({ file: rel, reason: "broken symlink" });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + path8.sep)) skipped.push({ file: rel, reason: "symlink leaves the repository" });
        else if (fs4.statSync(target).isDirectory()) skipped.push({ file: rel, reason: "symlinked folder not followed" });
        else files.push(rel);
        continue;
      }
      if (entry.isDirectory()) {
        if (!ignored(rel, true)) visit(rel, here, depth + 1);
      } else if (entry.isFile() && !ignored(rel, false)) {
        files.push(rel);
        checkBounds(bounds, files.length, rel);
      }
    }
  };
  visit("", [], 0);
  return { files, skipped };
}
function listRepository(root, deadline) {
  const bounds = { files: limit("files"), depth: limit("depth") };
  const { files: all, skipped } = gitListing(root) ?? walkListing(root, deadline, bounds);
  const files = [];
  const vendor = /* @__PURE__ */ new Set();
  const vendorFiles = [];
  for (const rel of all) {
    checkBounds(bounds, all.length, rel);
    const v = vendorPrefix(rel);
    if (v) {
      vendor.add(v);
      vendorFiles.push(rel);
    } else files.push(rel);
  }
  files.sort();
  return { files, vendorDirs: [...vendor].sort(), vendorFiles, skipped };
}

// src/scan/scanRepository.ts
var DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)([.-][\w.-]+)?$|\.(Dockerfile|dockerfile)$/;
var CI_PATHS = /(^|\/)(\.github|\.gitlab|\.circleci|\.buildkite|\.azure-pipelines)\/|(^|\/)(\.gitlab-ci|azure-pipelines|bitbucket-pipelines|cloudbuild|\.drone|\.travis)\.ya?ml$/;
var YAML = /\.ya?ml$/;
var START_SCRIPTS = ["prestart", "start", "poststart", "preserve", "serve", "postserve"];
var TRIGGER_ORDER = ["app-boot", "pod-start", "process-manager", "container-start", "build"];
function dirOf(file) {
  const d = path9.posix.dirname(file);
  return d === "." ? "" : d;
}
async function scanRepository(dir) {
  let stat;
  try {
    stat = fs5.statSync(dir);
  } catch {
    throw inputError(dir, "no such directory");
  }
  if (!stat.isDirectory()) throw inputError(dir, "not a directory");
  const deadline = new Deadline();
  const repo = new RepoFiles(dir, listRepository(dir, deadline));
  const raw = [];
  const emit = (f) => raw.push(f);
  const dockerfiles = repo.files.filter((f) => DOCKERFILE.test(f) && !CI_PATHS.test(f));
  const images = /* @__PURE__ */ new Map();
  const image = (file, context) => {
    const key = `${file}\0${context}`;
    if (!images.has(key)) {
      const text = repo.read(file);
      images.set(key, text === void 0 ? void 0 : readDockerfile(repo, file, text, context));
    }
    return images.get(key);
  };
  const yamlFiles = /* @__PURE__ */ new Map();
  const composeFiles = repo.files.filter((f) => COMPOSE_FILE.test(f) && !CI_PATHS.test(f));
  for (const f of composeFiles) yamlFiles.set(f, readYaml(repo.read(f) ?? ""));
  const manifests = [];
  for (const f of repo.files) {
    if (!YAML.test(f) || COMPOSE_FILE.test(f) || CI_PATHS.test(f) || SPRING_CONFIG.test(f)) continue;
    deadline.check();
    const text = repo.read(f);
    if (text === void 0 || !looksLikeManifest(text)) continue;
    yamlFiles.set(f, readManifest(repo, f, text));
    manifests.push(f);
  }
  const managed = repo.files.flatMap((f) => {
    const format = CI_PATHS.test(f) ? void 0 : PROCESS_MANAGERS.find((p) => p.matches(f, () => repo.read(f)));
    return format ? [{ file: f, format }] : [];
  });
  const vars = /* @__PURE__ */ new Map();
  const addVars = (pairs) => {
    for (const [k, v] of pairs) (vars.get(k) ?? vars.set(k, /* @__PURE__ */ new Set()).get(k)).add(v);
  };
  for (const f of dockerfiles) {
    const img = image(f, dirOf(f));
    if (img) addVars(dockerEnv(img));
  }
  for (const f of composeFiles) {
    const yf = yamlFiles.get(f);
    if (yf) addVars(composeEnv(repo, f, yf));
  }
  for (const f of manifests) {
    const yf = yamlFiles.get(f);
    if (yf) addVars(manifestEnv(yf));
  }
  for (const { file, format } of managed) addVars(format.env(repo.read(file) ?? ""));
  for (const f of repo.files.filter((f2) => /(^|\/)\.env$/.test(f2))) addVars(envFilePairs(repo.read(f) ?? ""));
  const codeScanned = /* @__PURE__ */ new Set();
  const scanCodeFile = (file, trigger, referenced) => {
    const key = `${file}\0${trigger}\0${referenced}`;
    if (codeScanned.has(key)) return;
    codeScanned.add(key);
    const text = repo.read(file);
    if (text !== void 0) raw.push(...scanCode(file, text, trigger, referenced));
  };
  const follower = new StartFollower({ repo, vars, emit, scanCode: (file, trigger) => scanCodeFile(file, trigger, true) });
  for (const f of dockerfiles) {
    deadline.check();
    const contexts = /* @__PURE__ */ new Set([dirOf(f)]);
    for (const c of composeFiles) {
      const yf = yamlFiles.get(c);
      for (const b of yf ? serviceBuild(c, yf) : []) if (b.dockerfile === f) contexts.add(b.context);
    }
    for (const context of contexts) {
      const img = image(f, context);
      if (img) await followDockerfile(img, follower);
    }
  }
  for (const f of composeFiles) {
    deadline.check();
    const yf = yamlFiles.get(f);
    if (yf) await followCompose(f, yf, follower, image);
  }
  for (const f of manifests) {
    deadline.check();
    const yf = yamlFiles.get(f);
    if (yf) await followManifest(f, yf, follower);
  }
  for (const { file, format } of managed) {
    deadline.check();
    const text = repo.read(file) ?? "";
    for (const span of format.commands(text)) {
      await follower.shell(text.slice(span.from, span.to), (i) => i + span.from, {
        origin: { file, trigger: "process-manager", scriptTrigger: "process-manager" },
        paths: { mounts: [], baseDir: dirOf(file) }
      });
    }
  }
  for (const f of repo.files) {
    if (path9.posix.basename(f) !== "package.json") continue;
    deadline.check();
    await follower.packageScripts(f, START_SCRIPTS);
  }
  for (const f of repo.files) {
    if (SPRING_CONFIG.test(f) && isBootPath(f)) {
      const text = repo.read(f);
      if (text !== void 0) raw.push(...scanSpringConfig(f, text));
    }
  }
  for (const f of repo.files) {
    if (CI_PATHS.test(f) || !languageOf(f)) continue;
    deadline.check();
    scanCodeFile(f, "app-boot", false);
  }
  const indexes = /* @__PURE__ */ new Map();
  const index = (file) => {
    let li = indexes.get(file);
    if (!li) indexes.set(file, li = new LineIndex(repo.read(file) ?? ""));
    return li;
  };
  const byLine = /* @__PURE__ */ new Map();
  const rank = (f) => TRIGGER_ORDER.indexOf(f.trigger) + (f.tool === "unknown" ? TRIGGER_ORDER.length : 0);
  for (const r of raw) {
    const li = index(r.file);
    const { line, column } = li.position(r.offset);
    const snippet = li.lineText(line).trim().slice(0, 200);
    const finding = { file: r.file, line, column, trigger: r.trigger, tool: r.tool, rule: r.rule, snippet, explanation: r.explanation, fix: r.fix };
    const key = `${r.file}\0${line}`;
    const prev = byLine.get(key);
    if (!prev || rank(finding) < rank(prev) || rank(finding) === rank(prev) && finding.column < prev.column) byLine.set(key, finding);
  }
  const order = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
  const all = [...byLine.values()].sort(order);
  const { findings, suppressed, suppressionErrors } = applySuppressions(all, (file, line) => index(file).lineText(line));
  return ScanResult.parse({ findings, suppressed, skipped: repo.skipped(), suppressionErrors: suppressionErrors.sort(order) });
}

export {
  scanRepository
};
