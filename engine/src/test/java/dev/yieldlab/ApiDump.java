package dev.yieldlab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The public surface of {@code dev.yieldlab.api} as text, the way kotlinx's binary-compatibility-validator
 * writes its {@code .api} files: one block per type an author can reach (public, in a public outer
 * type), its modifiers, supertypes and {@code @API} status, then its public and protected members,
 * erased (what binary compatibility depends on), sorted, so that the file changes exactly when the
 * surface does.
 */
final class ApiDump {

  private static final String API_PREFIX = "dev/yieldlab/api/";

  private ApiDump() {}

  /** The dump of every type under {@code dev/yieldlab/api} in {@code classes}. */
  static String of(Path classes) throws IOException {
    Map<String, TypeBlock> types = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes.resolve(API_PREFIX))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        TypeBlock block = new TypeBlock();
        new ClassReader(Files.readAllBytes(file)).accept(block, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG);
        types.put(block.name, block);
      }
    }
    StringBuilder dump = new StringBuilder();
    for (TypeBlock type : types.values()) {
      if (type.reachable(types)) {
        dump.append(type.render()).append('\n');
      }
    }
    return dump.toString();
  }

  /** One type: its header and its members, as ASM visits them. */
  private static final class TypeBlock extends ClassVisitor {
    private String name;
    private int access;
    private final List<String> supertypes = new ArrayList<>();
    private String status = "";
    private String outer;
    private final List<String> members = new ArrayList<>();

    TypeBlock() {
      super(Opcodes.ASM9);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
      this.name = name;
      this.access = access;
      // The supertypes every class, record, enum or annotation has are left out: they say nothing.
      if (superName != null && !List.of("java/lang/Object", "java/lang/Record", "java/lang/Enum").contains(superName)) {
        supertypes.add(dotted(superName));
      }
      Arrays.stream(interfaces).filter(i -> !i.equals("java/lang/annotation/Annotation")).map(ApiDump::dotted)
          .forEach(supertypes::add);
    }

    @Override
    public void visitInnerClass(String inner, String outerName, String innerName, int innerAccess) {
      if (inner.equals(name)) { // a nested type's own modifiers (static, private) are only here
        access = innerAccess | (access & Opcodes.ACC_SYNTHETIC);
        outer = outerName;
      }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      if (!descriptor.equals("Lorg/apiguardian/api/API;")) {
        return null;
      }
      return new AnnotationVisitor(Opcodes.ASM9) {
        @Override
        public void visitEnum(String key, String enumDescriptor, String value) {
          if (key.equals("status")) {
            status = "@API(" + value + ") ";
          }
        }
      };
    }

    @Override
    public FieldVisitor visitField(int fieldAccess, String fieldName, String descriptor, String signature, Object value) {
      if (visibleMember(fieldAccess)) {
        members.add(modifiers(fieldAccess) + "field " + Type.getType(descriptor).getClassName() + " " + fieldName);
      }
      return null;
    }

    @Override
    public MethodVisitor visitMethod(int methodAccess, String methodName, String descriptor, String signature,
        String[] exceptions) {
      if (visibleMember(methodAccess) && !methodName.equals("<clinit>")) {
        Type method = Type.getMethodType(descriptor);
        String parameters = Arrays.stream(method.getArgumentTypes()).map(Type::getClassName).collect(Collectors.joining(", "));
        String returned = methodName.equals("<init>") ? "" : method.getReturnType().getClassName() + " ";
        members.add(modifiers(methodAccess) + "fun " + returned + methodName + "(" + parameters + ")");
      }
      return null;
    }

    private boolean visibleMember(int memberAccess) {
      if ((memberAccess & Opcodes.ACC_SYNTHETIC) != 0) {
        return false;
      }
      boolean subclassable = (access & Opcodes.ACC_FINAL) == 0; // a final type's protected members are out of reach
      return (memberAccess & Opcodes.ACC_PUBLIC) != 0 || (subclassable && (memberAccess & Opcodes.ACC_PROTECTED) != 0);
    }

    /** Public, and every type it is nested in public too. */
    boolean reachable(Map<String, TypeBlock> types) {
      if ((access & Opcodes.ACC_PUBLIC) == 0 || (access & Opcodes.ACC_SYNTHETIC) != 0) {
        return false;
      }
      TypeBlock enclosing = outer == null ? null : types.get(outer);
      return outer == null || (enclosing != null && enclosing.reachable(types));
    }

    String render() {
      String header = kind(access) + " " + dotted(name) + (supertypes.isEmpty() ? "" : " : " + String.join(", ", supertypes));
      StringBuilder block = new StringBuilder(status + header + " {\n");
      members.stream().sorted().forEach(member -> block.append('\t').append(member).append('\n'));
      return block.append("}\n").toString();
    }
  }

  private static String kind(int access) {
    String kind = (access & Opcodes.ACC_ANNOTATION) != 0 ? "annotation"
        : (access & Opcodes.ACC_ENUM) != 0 ? "enum"
        : (access & Opcodes.ACC_INTERFACE) != 0 ? "interface"
        : (access & Opcodes.ACC_RECORD) != 0 ? "record"
        : "class";
    boolean implicit = kind.equals("annotation") || kind.equals("interface") || kind.equals("enum") || kind.equals("record");
    return modifiers(access & (implicit ? ~(Opcodes.ACC_ABSTRACT | Opcodes.ACC_FINAL) : ~0)) + kind;
  }

  private static String modifiers(int access) {
    StringBuilder words = new StringBuilder();
    words.append((access & Opcodes.ACC_PUBLIC) != 0 ? "public " : (access & Opcodes.ACC_PROTECTED) != 0 ? "protected " : "");
    words.append((access & Opcodes.ACC_STATIC) != 0 ? "static " : "");
    words.append((access & Opcodes.ACC_ABSTRACT) != 0 ? "abstract " : "");
    words.append((access & Opcodes.ACC_FINAL) != 0 ? "final " : "");
    return words.toString();
  }

  private static String dotted(String internalName) {
    return internalName.replace('/', '.');
  }
}
